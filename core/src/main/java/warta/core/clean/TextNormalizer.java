package warta.core.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises one paragraph: Unicode NFC, invisible characters dropped, every run of spaces
 * (non-breaking and other Unicode spaces included) collapsed to one ASCII space, typographic
 * double and single quotes made straight, and the ends trimmed. Stateless and thread-safe.
 */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]|``|''");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032]");

    private TextNormalizer() {
    }

    /** Returns the normalised paragraph; an empty string when nothing visible is left. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
