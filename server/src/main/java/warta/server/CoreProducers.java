package warta.server;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import warta.core.Warta;
import warta.core.chunk.Chunker;
import warta.core.model.ModelConfig;
import warta.core.model.ModelConfigResolver;
import warta.core.model.ModelFactory;
import warta.core.read.ReadOptions;
import warta.core.work.WorkQueue;

/**
 * Makes the server's one {@link Warta} and the work queue in front of it. Core imports no
 * framework, so its classes are not beans themselves; they are immutable and thread-safe, so one
 * serves every request. {@code @Singleton} rather than {@code @ApplicationScoped}: core classes
 * are final and need no client proxy, and they are still made on first use, which keeps start-up
 * quick.
 */
public class CoreProducers {

    /**
     * The model settings, resolved as the CLI resolves them without options: environment
     * ({@code WARTA_PROVIDER}, {@code WARTA_MODEL}, {@code WARTA_BASE_URL}, {@code WARTA_API_KEY},
     * {@code OPENAI_API_KEY}, {@code OLLAMA_HOST}), then the config file, then defaults.
     */
    @Produces
    @Singleton
    ModelConfig modelConfig() {
        return ModelConfigResolver.fromSystem(Map.of());
    }

    /** How the model is made (on first use, by {@link Warta}); tests replace it with a fake. */
    @Produces
    @Singleton
    ModelFactory modelFactory() {
        return ModelFactory.standard();
    }

    /**
     * The engine. Its reader refuses what the HTTP layer would refuse: its limit is the body limit,
     * so a request that got through is never refused again for its size. Unless
     * {@code warta.allow-private-urls} is true, it does not fetch URLs that lead to loopback,
     * private, link-local or metadata addresses, so callers cannot use the server to reach them.
     */
    @Produces
    @Singleton
    Warta warta(WartaServerConfig config, ModelConfig model, ModelFactory models,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        if (config.chunkTokens() < Chunker.MIN_TOKENS) {
            throw new IllegalStateException("warta.chunk-tokens must be at least " + Chunker.MIN_TOKENS + ", not "
                    + config.chunkTokens());
        }
        return Warta.builder(model)
                .readOptions(ReadOptions.defaults().withMaxBytes(maxBodySize.asLongValue())
                        .withPrivateAddressesAllowed(config.allowPrivateUrls()))
                .chunkTokens(config.chunkTokens())
                .maxArticleChars(config.maxArticleChars())
                .models(models)
                .build();
    }

    /** Model-backed requests: {@code warta.workers} at once, {@code warta.queue-size} waiting. */
    @Produces
    @Singleton
    WorkQueue workQueue(WartaServerConfig config) {
        return new WorkQueue(config.workers(), config.queueSize(), config.requestTimeout());
    }

    void close(@Disposes WorkQueue queue) {
        queue.close();
    }
}
