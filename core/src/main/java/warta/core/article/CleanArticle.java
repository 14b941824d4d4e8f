package warta.core.article;

import java.util.List;
import java.util.Objects;
import warta.core.clean.Removal;
import warta.core.lang.Language;
import warta.core.meta.Metadata;

/**
 * An article ready for a model: its cleaned body paragraphs, what it says about itself, its
 * language, and everything that was removed on the way, with reasons. Immutable.
 *
 * @param source where it came from
 * @param metadata title, outlet, dateline, date, byline, captions
 * @param language the body's language
 * @param paragraphs the body, at least one paragraph, none blank
 * @param removed what cleaning and metadata extraction took out, in order
 */
public record CleanArticle(
        Source source, Metadata metadata, Language language, List<String> paragraphs, List<Removal> removed) {

    public CleanArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("paragraphs must not be empty");
        }
    }
}
