package warta.core.batch.source;

import java.util.function.Supplier;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;

/**
 * An item as a source yields it, before its id is made unique in the batch.
 *
 * @param id the id the item would like
 * @param key what tells it apart from others with the same id, stable across runs: a path
 *     relative to the folder walked, a path as given, a URL, or {@code "x.jsonl:7"}
 * @param source where the article comes from
 * @param loader reads the article
 */
record Found(String id, String key, Source source, Supplier<Article> loader) {

    /** An item that fails with the message when the batch loads it. */
    static Found failing(String id, String key, Source source, String message) {
        return new Found(id, key, source, () -> {
            throw new InputException(message);
        });
    }

    /** An item that fails with the exception when the batch loads it. */
    static Found failing(String id, String key, Source source, RuntimeException error) {
        return new Found(id, key, source, () -> {
            throw error;
        });
    }

    BatchItem toItem(String uniqueId) {
        return new BatchItem(uniqueId, source, loader);
    }
}
