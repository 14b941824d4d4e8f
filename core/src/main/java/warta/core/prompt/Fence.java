package warta.core.prompt;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps untrusted text inside a fence such as {@code <article>...</article>}: the text cannot open
 * or close the fence itself, so it cannot end the article early and address the model as
 * instructions.
 *
 * <p>What it does: in the text, every tag-like sequence for a fence tag - an opening
 * {@code <} (or its HTML escapes {@code &lt;}, {@code &#60;}, {@code &#x3c;}), optional spaces, an
 * optional {@code /} or {@code \}, optional spaces, then the tag name in any case, not followed by
 * a letter, digit, {@code _} or {@code -} - has its opening replaced by {@code ‹} (U+2039, single
 * left-pointing angle quotation mark). {@code </article>}, {@code </ARTICLE >},
 * {@code < / article >}, {@code <article id=x>} and {@code </article} at a line end all become
 * {@code ‹...} and read the same to a person, but none is the fence's tag any more. Everything else
 * is left exactly as it was, including other tags and the word "article"; the result is stable
 * under a second pass. Stateless and thread-safe.
 */
public final class Fence {

    /** What replaces the opening {@code <} of a neutralised tag. */
    public static final char LOOK_ALIKE = '\u2039';

    private static final Pattern TAG_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_-]*");
    private static final String SPACE = "[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]*";
    private static final String OPENER = "(?:<|&lt;|&#0*60;|&#x0*3c;)";

    private Fence() {}

    /** The fence tags Warta's prompts use; text in any fence is neutralised for all of them. */
    public static final String[] PROMPT_TAGS = {"article", "context", "story", "stories"};

    /**
     * {@code <tag>}, a line break, {@code text} neutralised for {@code tag} and for every one of
     * {@link #PROMPT_TAGS} (so text in one fence cannot open another), a line break and
     * {@code </tag>}.
     */
    public static String wrap(String tag, String text) {
        String[] tags = Arrays.copyOf(PROMPT_TAGS, PROMPT_TAGS.length + 1);
        tags[PROMPT_TAGS.length] = tag;
        return "<" + tag + ">\n" + neutralise(text, tags) + "\n</" + tag + ">";
    }

    /**
     * {@code text} with every opening or closing tag-like sequence for any of {@code tags}
     * neutralised (see the class description): for a value that a template places inside fences
     * it already has, such as {@code translate-user}'s {@code <context>} and {@code <article>}.
     *
     * @throws IllegalArgumentException when no tag is given or a tag is not a plain name
     */
    public static String neutralise(String text, String... tags) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = pattern(tags).matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(LOOK_ALIKE + match.group(1)));
    }

    private static Pattern pattern(String... tags) {
        Objects.requireNonNull(tags, "tags");
        if (tags.length == 0) {
            throw new IllegalArgumentException("tags: at least one tag is needed");
        }
        for (String tag : tags) {
            if (tag == null || !TAG_NAME.matcher(tag).matches()) {
                throw new IllegalArgumentException("tag '" + tag + "' is not a plain tag name");
            }
        }
        String names = Arrays.stream(tags).map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile(
                OPENER + "(" + SPACE + "(?:[/\\\\]" + SPACE + ")?(?:" + names + "))(?![a-zA-Z0-9_-])",
                Pattern.CASE_INSENSITIVE);
    }
}
