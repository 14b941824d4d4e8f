package warta.core.translate;

/**
 * A piece of source text sent for translation: a whole paragraph, or part of one too long for a
 * chunk, or the title.
 *
 * @param paragraph the index of the source paragraph it belongs to, or {@link #TITLE}
 * @param text the Indonesian text
 */
public record Segment(int paragraph, String text) {

    /** The paragraph index that marks the article's title. */
    public static final int TITLE = -1;

    public boolean isTitle() {
        return paragraph == TITLE;
    }
}
