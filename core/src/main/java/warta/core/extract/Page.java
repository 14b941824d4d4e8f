package warta.core.extract;

import java.util.List;
import java.util.Objects;

/**
 * The readable part of an HTML page. Immutable.
 *
 * @param title the article's title without a trailing site name, or null when the page has none
 * @param paragraphs the main body in reading order, one entry per paragraph or subheading, each
 *     with whitespace collapsed and trimmed, never blank; empty when no body was found
 * @param meta what the page's markup says about it, never null
 */
public record Page(String title, List<String> paragraphs, PageMeta meta) {

    public Page {
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        Objects.requireNonNull(meta, "meta");
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /** The paragraphs joined by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
