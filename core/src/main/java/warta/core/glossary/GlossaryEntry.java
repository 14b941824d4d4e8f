package warta.core.glossary;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One glossary term and its English rendering. Both are stripped and every run of whitespace in
 * them becomes one space, so neither holds a tab or a line break; a term starts with a letter or
 * digit.
 *
 * @param term the Indonesian term as written in news, e.g. {@code Menlu} or {@code Wakil Presiden}
 * @param rendering the English to use for it every time, e.g. {@code Foreign Minister}
 */
public record GlossaryEntry(String term, String rendering) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    public GlossaryEntry {
        term = collapse(Objects.requireNonNull(term, "term"));
        rendering = collapse(Objects.requireNonNull(rendering, "rendering"));
        if (term.isEmpty()) {
            throw new IllegalArgumentException("term is blank");
        }
        if (!Character.isLetterOrDigit(term.codePointAt(0))) {
            throw new IllegalArgumentException("term '" + term + "' does not start with a letter or digit");
        }
        if (rendering.isEmpty()) {
            throw new IllegalArgumentException("rendering of '" + term + "' is blank");
        }
    }

    /**
     * True when the term is matched case-sensitively: it has letters and none is lower case, as in
     * the abbreviations {@code AS}, {@code DPR}, {@code TNI AL}.
     */
    public boolean caseSensitive() {
        return term.codePoints().anyMatch(Character::isLetter)
                && term.codePoints().noneMatch(Character::isLowerCase);
    }

    private static String collapse(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
