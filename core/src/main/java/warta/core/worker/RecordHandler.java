package warta.core.worker;

import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.article.Article;
import warta.core.batch.ResultKey;
import warta.core.batch.source.BatchItem;
import warta.core.batch.source.BatchSources;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;
import warta.core.error.WartaException;
import warta.core.model.ModelConfig;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.result.ArticleResult;
import warta.core.result.ResultJson;
import warta.core.translate.TermMemory;

/**
 * Turns one record into an {@link Outcome}: parses it as a batch parses a JSON Lines line, and
 * runs the article through the processor a batch uses. Never throws for a bad record or a failing
 * provider; those are outcomes. Thread-safe (the processor is).
 */
final class RecordHandler {

    private static final Logger log = LoggerFactory.getLogger(RecordHandler.class);
    /** How long to wait after a rate limit that said nothing of how long. */
    static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(5);
    /** The failed topic's reason for an error the worker did not expect. */
    static final String UNEXPECTED = "unexpected error (see the worker's log)";

    private final BatchSources sources;
    private final ArticleProcessor processor;
    private final ModelConfig config;
    private final Set<Task> tasks;
    private final SettingNames names;

    RecordHandler(
            BatchSources sources, ArticleProcessor processor, ModelConfig config, Set<Task> tasks, SettingNames names) {
        this.sources = sources;
        this.processor = processor;
        this.config = config;
        this.tasks = Set.copyOf(tasks);
        this.names = names;
    }

    /**
     * @param origin the record as messages name it: {@code "warta.articles-2@17"}
     * @param recordKey the record's key, the article's id when its JSON carries none (may be null)
     * @param value the record's value (may be null: a tombstone, refused)
     */
    Outcome handle(String origin, String recordKey, String value) {
        String fallbackId = recordKey == null || recordKey.isBlank() ? origin : recordKey;
        if (value == null) {
            return new Outcome.Failed(fallbackId, null, origin + ": the record has no value");
        }
        String id = fallbackId;
        String key = null;
        try {
            BatchItem item = sources.record(origin, fallbackId, value);
            id = item.id();
            Article article = item.load();
            key = ResultKey.of(article, config, processor.promptVersion(), tasks);
            ArticleResult result = processor.process(
                    item.id(), processor.prepare(article), tasks, ProcessListener.NONE, new TermMemory());
            return new Outcome.Result(
                    item.id(),
                    key,
                    ResultJson.toNode(result).toString(),
                    result.checks().passed(),
                    result.usage().requests() == 0 && result.usage().cachedRequests() > 0);
        } catch (ModelException e) {
            if (e.kind() == ModelException.Kind.RATE_LIMITED) {
                return new Outcome.RateLimited(id, e.retryAfter().orElse(RATE_LIMIT_WAIT), e.message(names));
            }
            return e.kind().temporary()
                    ? new Outcome.Temporary(id, key, e.message(names))
                    : new Outcome.Failed(id, key, e.message(names));
        } catch (WartaException e) {
            return new Outcome.Failed(id, key, e.message(names));
        } catch (RuntimeException | Error e) { // an Error too: the record fails, its partition goes on
            return unexpected(origin, id, key, e);
        }
    }

    /** A failure the worker did not expect: the stack trace to the log, a plain reason to the failed topic. */
    static Outcome unexpected(String origin, String id, String key, Throwable error) {
        log.error("unexpected error on {}", origin, error);
        return new Outcome.Failed(id, key, UNEXPECTED);
    }
}
