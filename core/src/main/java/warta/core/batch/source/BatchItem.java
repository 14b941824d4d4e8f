package warta.core.batch.source;

import java.util.Objects;
import java.util.function.Supplier;
import warta.core.article.Article;
import warta.core.article.Source;

/**
 * One article of a batch, not yet read: its stable id, where it comes from, and how to read it.
 * Reading happens only when the batch gets to the item, so a batch of any size is streamed.
 *
 * @param id stable across runs and safe as a file name
 * @param source where the article comes from
 * @param loader reads the article; throws {@link warta.core.error.InputException} when it cannot
 */
public record BatchItem(String id, Source source, Supplier<Article> loader) {

    public BatchItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(loader, "loader");
    }

    public Article load() {
        return loader.get();
    }
}
