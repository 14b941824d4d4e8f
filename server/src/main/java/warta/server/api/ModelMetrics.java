package warta.server.api;

import dev.langchain4j.model.chat.ChatModel;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Locale;
import warta.core.chunk.TokenCounters;
import warta.core.error.ModelException;
import warta.core.usage.MeteredChatModel;
import warta.core.usage.Usage;
import warta.core.usage.UsageMeter;

/**
 * The server's counts of its model use, for {@code /q/metrics}: {@code warta.model.requests}
 * (answered requests), {@code warta.model.tokens} with {@code direction=in|out}, and
 * {@code warta.model.errors} with the failure's {@code kind} ({@code timeout}, {@code rate_limited}
 * ...). They are counted by wrapping the model the processors use ({@link #measure}), call by
 * call, so a request that later fails still counts the model calls it made. Tokens are the
 * provider's counts, or Warta's estimate where the provider reports none, exactly as in a
 * result's {@code usage}; a failure is counted once, after the retry layer gave up.
 */
@Singleton
public class ModelMetrics {

    private static final String NONE = "";

    private final MeterRegistry registry;
    private final UsageMeter meter = new UsageMeter();

    ModelMetrics(MeterRegistry registry) {
        this.registry = registry;
        FunctionCounter.builder("warta.model.requests", meter, m -> m.requests())
                .description("model requests answered").register(registry);
        FunctionCounter.builder("warta.model.tokens", meter, m -> usage(m).inputTokens())
                .tag("direction", "in").description("tokens sent to the model").register(registry);
        FunctionCounter.builder("warta.model.tokens", meter, m -> usage(m).outputTokens())
                .tag("direction", "out").description("tokens the model wrote").register(registry);
    }

    /** {@code model}, counted in these metrics. */
    public ChatModel measure(ChatModel model) {
        return new FailureCountingChatModel(new MeteredChatModel(model, meter, TokenCounters.o200k()), this::failed);
    }

    void failed(ModelException.Kind kind) {
        registry.counter("warta.model.errors", "kind", kind.name().toLowerCase(Locale.ROOT)).increment();
    }

    private static Usage usage(UsageMeter meter) {
        return meter.usage(NONE, NONE, NONE);
    }
}
