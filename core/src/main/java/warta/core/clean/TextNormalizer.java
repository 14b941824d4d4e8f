package warta.core.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises one paragraph's whitespace and nothing else the reader can see: Unicode NFC (the
 * canonical composition, which looks and compares the same), invisible characters dropped (soft
 * hyphen, zero-width spaces and joiners, byte-order mark), every run of spaces (non-breaking and
 * other Unicode spaces included) collapsed to one ASCII space, and the ends trimmed. Quotes,
 * apostrophes, dashes and backticks stay as the publisher wrote them, so a cleaned paragraph can
 * be found again in the original page; the components that need one quote style fold them
 * themselves ({@link #foldQuotes}). Stateless and thread-safe.
 */
public final class TextNormalizer {

    /** The characters of the patterns below, for a quick check before a pattern is run. */
    private static final String INVISIBLE_CHARS = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";

    private static final String DOUBLE_QUOTE_CHARS = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033";
    private static final String SINGLE_QUOTE_CHARS = "\u2018\u2019\u201A\u201B\u2032";
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern DOUBLE_QUOTES =
            Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]|``|''");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032]");

    private TextNormalizer() {}

    /** Returns the normalised paragraph; an empty string when nothing visible is left. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Each pattern runs only when the text holds something it would change: scanning every
        // paragraph with the regexes cost a fifth of the whole clean-split-chunk pipeline.
        if (containsAny(s, INVISIBLE_CHARS)) {
            s = INVISIBLE.matcher(s).replaceAll("");
        }
        if (hasSpaceToCollapse(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        return s.strip();
    }

    /**
     * {@code text} with typographic double quotes (and {@code ``} or {@code ''}) made {@code "} and
     * typographic single quotes made {@code '}: for comparing texts that differ only in quote style,
     * never for text a user reads as the source.
     */
    public static String foldQuotes(String text) {
        String s = text;
        if (containsAny(s, DOUBLE_QUOTE_CHARS) || s.contains("``") || s.contains("''")) {
            s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        }
        if (containsAny(s, SINGLE_QUOTE_CHARS)) {
            s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        }
        return s;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '\u00AA' && chars.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #SPACES} would change {@code s}: a space other than U+0020, or two in a row. */
    private static boolean hasSpaceToCollapse(String s) {
        boolean previousSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || previousSpace)) {
                return true;
            }
            previousSpace = space;
        }
        return false;
    }

    /** The characters of {@link #SPACES}: {@code \s} (ASCII only) and the Unicode spaces. */
    private static boolean isSpace(char c) {
        return c == ' '
                || c >= '\t' && c <= '\r'
                || c == '\u00A0'
                || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }
}
