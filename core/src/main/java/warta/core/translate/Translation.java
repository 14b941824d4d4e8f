package warta.core.translate;

import java.util.List;

/**
 * An article's English: the title (null when the article has none) and one paragraph per source
 * paragraph, in order, so that a side-by-side view can zip the two lists. When the article was
 * already English, nothing was sent and {@code skipped} says why.
 *
 * @param title the English title, or null
 * @param paragraphs one English paragraph per source paragraph ("" where the model gave none)
 * @param skipped why the article was not translated, or null when it was
 */
public record Translation(String title, List<String> paragraphs, String skipped) {

    public Translation {
        paragraphs = List.copyOf(paragraphs);
    }

    public static Translation skipped(String title, List<String> paragraphs, String reason) {
        return new Translation(title, paragraphs, reason);
    }
}
