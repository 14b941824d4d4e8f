package warta.server;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import warta.core.inspect.Inspector;

/**
 * The server's own settings, under the {@code warta.} prefix of {@code application.properties}
 * (or {@code WARTA_*} environment variables, or {@code -Dwarta.*} system properties). The size
 * limit for requests is Quarkus's {@code quarkus.http.limits.max-body-size}. The model provider
 * is configured as for the CLI: {@code WARTA_PROVIDER}, {@code WARTA_MODEL},
 * {@code WARTA_BASE_URL}, {@code WARTA_API_KEY} ... and the config file.
 */
@ConfigMapping(prefix = "warta")
public interface WartaServerConfig {

    /**
     * Token budget of a chunk when a request names none ({@code warta.chunk-tokens}); at least
     * {@code Chunker.MIN_TOKENS} (8).
     */
    @WithDefault("" + Inspector.DEFAULT_CHUNK_TOKENS)
    int chunkTokens();

    /** The most characters of article text one request may carry (after reading). */
    @WithDefault("200000")
    int maxArticleChars();

    /** Model-backed requests running at once; more wait in the queue. */
    @WithDefault("4")
    int workers();

    /** Model-backed requests that may wait for a worker; beyond that the server answers 429. */
    @WithDefault("16")
    int queueSize();

    /** The longest a request's model work may take before the server answers 504. */
    @WithDefault("PT2M")
    Duration requestTimeout();

    /** The most articles one batch may hold. */
    @WithDefault("1000")
    int batchMaxArticles();

    /**
     * The most articles one digest ({@code POST /v1/digests}) may hold, given as articles or as a
     * finished batch job's results; more is answered 413.
     */
    @WithDefault("50")
    int digestMaxArticles();

    /**
     * The most done articles a finished batch job may have for its digest ({@code {"batch": id}});
     * more is answered 413 before anything is read. Higher than {@link #digestMaxArticles()}: the
     * job has already translated and summarized them, so they cost the digest no such requests.
     */
    @WithDefault("500")
    int digestMaxBatchArticles();

    /** The longest a digest's model work may take before the server answers 504 (a digest holds many articles). */
    @WithDefault("PT30M")
    Duration digestTimeout();

    /** Where batch jobs are kept; they survive restarts. */
    @WithDefault("${user.home}/.cache/warta/server-jobs")
    Path jobsDir();

    /** Comma-separated API keys; when set, every {@code /v1} endpoint requires one as a Bearer token. */
    @io.smallrye.config.WithName("server-api-keys")
    Optional<String> serverApiKeys();

    /** Whether {@code url} inputs may point at loopback, private, link-local or metadata addresses. */
    @WithDefault("false")
    boolean allowPrivateUrls();

    /** The response cache ({@code warta.cache.*}): finished model answers reused for the same request. */
    Cache cache();

    /** A Kafka worker inside the server ({@code warta.worker.*}), off unless {@code warta.worker.enabled=true}. */
    Worker worker();

    /** Settings of the Kafka worker: those of {@code warta worker}, as properties. */
    interface Worker {

        /** Whether the server runs a Kafka worker ({@code warta.worker.enabled}). */
        @WithDefault("false")
        boolean enabled();

        /** The Kafka brokers, {@code HOST:PORT,...}; required when enabled. */
        Optional<String> bootstrapServers();

        @WithDefault("warta")
        String groupId();

        @WithDefault("warta.articles")
        String articlesTopic();

        @WithDefault("warta.results")
        String resultsTopic();

        @WithDefault("warta.failed")
        String failedTopic();

        /** Model requests in flight for the worker; default the model's concurrency. */
        java.util.OptionalInt concurrency();

        /** On shutdown, how long to finish the articles in flight. */
        @WithDefault("PT30S")
        Duration grace();

        /** Attempts of an article that fails on the provider's temporary state. */
        @WithDefault("3")
        int attempts();

        /**
         * Kafka client properties passed through to the consumer, the producer and the admin client
         * ({@code warta.worker.kafka.security.protocol=SASL_SSL}, {@code warta.worker.kafka.sasl.jaas.config=...}).
         */
        java.util.Map<String, String> kafka();
    }

    /** Settings of the response cache. */
    interface Cache {

        /** Whether answers are cached at all ({@code warta.cache.enabled}). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Its folder ({@code warta.cache.dir}); default the CLI's, {@code $XDG_CACHE_HOME/warta/responses}
         * (else {@code ~/.cache/warta/responses}), so that the two share answers.
         */
        Optional<Path> dir();

        /** Its bound ({@code warta.cache.max-size}): bytes, or a number with K, M or G. */
        @WithDefault("256M")
        String maxSize();
    }
}
