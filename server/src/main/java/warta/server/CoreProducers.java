package warta.server;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import warta.core.inspect.Inspector;
import warta.core.read.ArticleReader;
import warta.core.read.ReadOptions;

/**
 * Makes the core objects the resources use. Core imports no framework, so its classes are not
 * beans themselves; they are immutable and thread-safe, so one of each serves every request.
 * {@code @Singleton} rather than {@code @ApplicationScoped}: core classes are final and need no
 * client proxy, and they are still made on first use, which keeps start-up quick.
 */
public class CoreProducers {

    /** The inspector for the configured default chunk budget. */
    @Produces
    @Singleton
    Inspector inspector(WartaServerConfig config) {
        if (config.chunkTokens() < WartaServerConfig.MIN_CHUNK_TOKENS) {
            throw new IllegalStateException("warta.chunk-tokens must be at least "
                    + WartaServerConfig.MIN_CHUNK_TOKENS + ", not " + config.chunkTokens());
        }
        return new Inspector(config.chunkTokens());
    }

    /**
     * The reader refuses what the HTTP layer would refuse: its limit is the body limit, so a
     * request that got through is never refused again for its size.
     */
    @Produces
    @Singleton
    ArticleReader articleReader(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        return new ArticleReader(ReadOptions.defaults().withMaxBytes(maxBodySize.asLongValue()));
    }
}
