package warta.server;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import warta.core.Warta;
import warta.core.cache.CacheSize;
import warta.core.chunk.Chunker;
import warta.core.files.CacheHome;
import warta.core.model.ModelConfig;
import warta.core.model.ModelConfigResolver;
import warta.core.model.ModelFactory;
import warta.core.model.ModelFiles;
import warta.core.read.ReadOptions;

/**
 * Makes the server's one {@link Warta}, with its work queue for model-backed requests. Core
 * imports no framework, so its classes are not beans themselves; the engine is thread-safe, so one
 * serves every request. {@code @Singleton} rather than {@code @ApplicationScoped}: core classes
 * are final and need no client proxy. It is made at start-up (the metrics and the batch jobs need
 * it), so unusable settings ({@code warta.chunk-tokens}, {@code warta.workers},
 * {@code warta.queue-size}, {@code warta.request-timeout}, a model context too small for any text)
 * stop the server with their message, naming the setting; the model itself is made on first use.
 */
@Singleton
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
    Warta warta(
            WartaServerConfig config,
            ModelConfig model,
            ModelFactory models,
            Instance<ModelFiles> files,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        checkSettings(
                config.chunkTokens(),
                config.workers(),
                config.queueSize(),
                config.requestTimeout(),
                maxBodySize.asLongValue());
        require(
                config.digestTimeout().isPositive(),
                "warta.digest-timeout must be more than 0",
                config.digestTimeout());
        Warta.Builder builder = Warta.builder(model).learnServerLimits(explicitModelSettings());
        if (files.isResolvable()) {
            builder.modelFiles(files.get()); // a test's model cache; else the system's, looked up on first use
        }
        builder.readOptions(ReadOptions.defaults()
                        .withMaxBytes(maxBodySize.asLongValue())
                        .withPrivateAddressesAllowed(config.allowPrivateUrls()))
                .chunkTokens(config.chunkTokens())
                .maxArticleChars(config.maxArticleChars(), "warta.max-article-chars")
                .queue(config.workers(), config.queueSize(), config.requestTimeout())
                .models(models)
                .settingNames(ServerSettingNames.INSTANCE);
        if (config.cache().enabled()) {
            builder.cache(cacheDir(config.cache()), cacheBytes(config.cache()));
        }
        return builder.build();
    }

    /** The model settings the environment or the config file set: they win over what the model server says. */
    private static Set<String> explicitModelSettings() {
        return ModelConfigResolver.system().explain(Map.of()).explicitKeys();
    }

    private static Path cacheDir(WartaServerConfig.Cache cache) {
        return cache.dir()
                .orElseGet(() -> CacheHome.of(System.getenv(), Path.of(System.getProperty("user.home")))
                        .resolve("responses"));
    }

    private static long cacheBytes(WartaServerConfig.Cache cache) {
        try {
            return CacheSize.parse(cache.maxSize());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("warta.cache.max-size: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses settings the engine cannot run with, naming each by its property, so that the server
     * stops at start-up with the setting an operator writes rather than an engine parameter's name.
     */
    static void checkSettings(int chunkTokens, int workers, int queueSize, Duration requestTimeout, long maxBodySize) {
        require(
                chunkTokens >= Chunker.MIN_TOKENS,
                "warta.chunk-tokens must be at least " + Chunker.MIN_TOKENS,
                chunkTokens);
        require(workers >= 1, "warta.workers must be at least 1", workers);
        require(queueSize >= 0, "warta.queue-size must be 0 or more", queueSize);
        require(requestTimeout.isPositive(), "warta.request-timeout must be more than 0", requestTimeout);
        require(
                maxBodySize >= 1 && maxBodySize <= ReadOptions.MAX_LIMIT,
                "quarkus.http.limits.max-body-size must be between 1 byte and " + ReadOptions.MAX_LIMIT + " bytes",
                maxBodySize);
    }

    private static void require(boolean condition, String rule, Object value) {
        if (!condition) {
            throw new IllegalStateException(rule + ", not " + value);
        }
    }

    /** Stops the work queue as the server begins to shut down: 503 for new work, a while for running work. */
    void stop(@Observes ShutdownEvent event, Warta warta) {
        warta.close();
    }

    void close(@Disposes Warta warta) {
        warta.close();
    }
}
