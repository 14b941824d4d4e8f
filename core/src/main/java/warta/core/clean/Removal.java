package warta.core.clean;

import java.util.Objects;

/**
 * A piece of the input that Warta took out of the article body, and why. Every removal is
 * recorded so that a reader can check that nothing real was lost.
 *
 * @param text the removed text, as it stood after whitespace normalisation
 * @param reason one of the {@code REASON_*} constants
 */
public record Removal(String text, String reason) {

    /** Site furniture: section headings, "Comments", "Advertisement", "Scroll to continue". */
    public static final String BOILERPLATE = "boilerplate";
    /** A link to another story: "Baca juga: ...", "Simak juga", a related-articles list. */
    public static final String RELATED_LINK = "related-link";
    /** Follow, share, subscribe and Google News prompts, publisher blurbs. */
    public static final String PROMOTION = "promotion";
    /** A line that already appeared earlier in the article (repeated photo captions). */
    public static final String DUPLICATE = "duplicate";
    /** A photo caption; kept in the metadata's captions. */
    public static final String CAPTION = "caption";
    /** The headline; kept as the metadata's title. */
    public static final String TITLE = "title";
    /** A line holding only outlet, date or author; kept in the metadata. */
    public static final String METADATA = "metadata";
    /** An author or editor tag at the end of the article, such as "(WIL)" or "[ab/ns]". */
    public static final String BYLINE = "byline";

    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    public static Removal of(String text, String reason) {
        return new Removal(text, reason);
    }
}
