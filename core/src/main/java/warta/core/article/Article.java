package warta.core.article;

import java.util.Objects;

/**
 * One article as read, before any cleaning: either plain text or an HTML page, never both.
 * Immutable.
 *
 * @param source where it came from
 * @param content the decoded text or HTML, never blank
 * @param format whether {@code content} is plain text or HTML
 */
public record Article(Source source, String content, Format format) {

    /** The two shapes an input can have. */
    public enum Format {
        TEXT,
        HTML
    }

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("content must not be blank");
        }
    }

    public static Article text(Source source, String text) {
        return new Article(source, text, Format.TEXT);
    }

    public static Article html(Source source, String html) {
        return new Article(source, html, Format.HTML);
    }

    public boolean isHtml() {
        return format == Format.HTML;
    }
}
