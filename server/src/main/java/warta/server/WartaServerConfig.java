package warta.server;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import warta.core.inspect.Inspector;

/**
 * The server's own settings, under the {@code warta.} prefix of {@code application.properties}
 * (or {@code WARTA_*} environment variables, or {@code -Dwarta.*} system properties). The size
 * limit for requests is Quarkus's {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "warta")
public interface WartaServerConfig {

    /**
     * Token budget of a chunk when a request names none ({@code warta.chunk-tokens}); at least
     * {@value #MIN_CHUNK_TOKENS}.
     */
    @WithDefault("" + Inspector.DEFAULT_CHUNK_TOKENS)
    int chunkTokens();

    /** The smallest chunk budget the chunker accepts. */
    int MIN_CHUNK_TOKENS = 8;
}
