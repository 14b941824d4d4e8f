package warta.core;

import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import warta.core.batch.AdaptiveLimiter;
import warta.core.error.SettingNames;
import warta.core.model.CachedProbe;
import warta.core.model.LazyChatModel;
import warta.core.model.ModelConfig;
import warta.core.model.ModelFactory;
import warta.core.model.ModelFiles;
import warta.core.model.ModelProbe;
import warta.core.model.SchemaFallback;
import warta.core.usage.ModelStats;

/**
 * The models of one {@link Warta}: each made on first use by its {@link ModelFactory}, one at a
 * time (so an in-process model is downloaded and loaded once, whoever asks first), counted in one
 * {@link ModelStats}; one for single articles and one per batch or job queue, each with an
 * {@link AdaptiveLimiter} inside the retry layer; all with one {@link SchemaFallback} around the
 * provider's client, so a server found to refuse a JSON schema is asked without one by every model
 * of the engine from then on. A failure to make a model is thrown to the
 * caller and tried again by the next. Thread-safe.
 */
final class EngineModels {

    /** How long a provider probe's answer is kept, so that frequent readiness checks stay cheap. */
    static final Duration PROBE_TTL = Duration.ofSeconds(30);

    private final ModelConfig config;
    private final Supplier<ModelConfig> madeWith;
    private final SettingNames names;
    private final ModelFactory factory;
    private final ModelStats stats = new ModelStats();
    private final Object making = new Object();
    private final SchemaFallback schema = new SchemaFallback();
    private final LazyChatModel plain;
    private ModelFiles files;
    private CachedProbe probe;

    /**
     * @param files where an embedded model's file is found, or null for {@link ModelFiles#fromSystem()}
     * @param names how the probe's reason names settings
     * @param madeWith the configuration the model is made with, asked when it is made: {@code config}
     *     with what the server said about its limits ({@link Warta#effectiveConfig()})
     */
    EngineModels(
            ModelConfig config,
            Supplier<ModelConfig> madeWith,
            ModelFactory factory,
            ModelFiles files,
            SettingNames names) {
        this.config = config;
        this.madeWith = madeWith;
        this.names = names;
        this.factory = factory;
        this.files = files;
        this.plain = new LazyChatModel(() -> {
            ModelConfig made = madeWith.get();
            AdaptiveLimiter limiter = new AdaptiveLimiter(made.concurrency());
            return make(made, raw -> limiter.around(raw, made));
        });
    }

    /** Whether the provider has refused a JSON-schema response format (then no request carries one). */
    boolean schemaRejected() {
        return schema.rejected();
    }

    ModelStats stats() {
        return stats;
    }

    /** The model files, looked up on first use: work with no model (inspect) never touches the cache. */
    synchronized ModelFiles files() {
        if (files == null) {
            files = ModelFiles.fromSystem();
        }
        return files;
    }

    /**
     * The model for single articles: the requests of all articles in flight together are at most
     * the configuration's {@code concurrency} (the server's slots when it said them), through an
     * adaptive limiter inside the retry layer, so that a request waits here rather than in the
     * server's queue, where the wait would count against its {@code timeout}.
     */
    ChatModel plain() {
        return stats.measure(plain);
    }

    /** Makes the model for single articles now. */
    void load() {
        plain.load();
    }

    /** A model for a batch or a job queue: {@code concurrency} requests in flight, fewer after a 429. */
    ChatModel limited(int concurrency) {
        AdaptiveLimiter limiter = new AdaptiveLimiter(concurrency);
        return stats.measure(lazy(raw -> limiter.around(raw, config)));
    }

    /** Why the provider cannot be used now, or empty; never downloads, asked at most every {@link #PROBE_TTL}. */
    Optional<String> problem() {
        return probe().failure();
    }

    private synchronized CachedProbe probe() {
        if (probe == null) {
            ModelFiles cachedOnly = files().cachedOnly();
            probe = new CachedProbe(() -> ModelProbe.check(config, cachedOnly), PROBE_TTL, System::nanoTime, names);
        }
        return probe;
    }

    private LazyChatModel lazy(UnaryOperator<ChatModel> inner) {
        return new LazyChatModel(() -> make(madeWith.get(), inner));
    }

    private ChatModel make(ModelConfig made, UnaryOperator<ChatModel> inner) {
        synchronized (making) {
            return factory.create(made, raw -> inner.apply(schema.around(raw, made)), files());
        }
    }
}
