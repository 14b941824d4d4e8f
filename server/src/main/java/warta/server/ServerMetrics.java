package warta.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.Locale;
import warta.core.Warta;
import warta.core.error.ModelException;
import warta.core.usage.ModelStats;
import warta.core.work.WorkQueue;

/**
 * The server's own meters in {@code /q/metrics}, read from core: {@code warta.model.requests},
 * {@code warta.model.tokens} ({@code direction=in|out}), {@code warta.model.tokens.cached} (of the
 * tokens in, those served from the model's prompt cache) and {@code warta.model.errors}
 * ({@code kind=timeout|rate_limited|...}) from the engine's {@link ModelStats}, which count the
 * interactive endpoints and batch jobs alike; {@code warta.queue.depth} and
 * {@code warta.queue.running} from the {@link WorkQueue}.
 */
@Startup
@Singleton
public class ServerMetrics {

    ServerMetrics(MeterRegistry registry, Warta warta) {
        ModelStats stats = warta.stats();
        WorkQueue queue = warta.queue();
        FunctionCounter.builder("warta.model.requests", stats, ModelStats::requests)
                .description("model requests answered")
                .register(registry);
        FunctionCounter.builder("warta.model.tokens", stats, ModelStats::inputTokens)
                .tag("direction", "in")
                .description("tokens sent to the model")
                .register(registry);
        FunctionCounter.builder("warta.model.tokens", stats, ModelStats::outputTokens)
                .tag("direction", "out")
                .description("tokens the model wrote")
                .register(registry);
        FunctionCounter.builder("warta.model.tokens.cached", stats, ModelStats::cachedInputTokens)
                .description(
                        "of the tokens sent, those the model served from its prompt cache (0 where it does not say)")
                .register(registry);
        for (ModelException.Kind kind : ModelException.Kind.values()) {
            FunctionCounter.builder("warta.model.errors", stats, s -> s.failures(kind))
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("model requests that failed")
                    .register(registry);
        }
        Gauge.builder("warta.queue.depth", queue, WorkQueue::waiting)
                .strongReference(true)
                .description("model-backed requests waiting for a worker")
                .register(registry);
        Gauge.builder("warta.queue.running", queue, WorkQueue::running)
                .strongReference(true)
                .description("model-backed requests being processed")
                .register(registry);
    }
}
