package warta.core.check;

import java.util.Objects;

/**
 * One problem a check found. Immutable.
 *
 * @param paragraph the 0-based index of the paragraph concerned (a source paragraph for omissions,
 *     a translation paragraph for untranslated text, the paragraph passed to
 *     {@link UnsupportedCheck}); {@code -1} for the summary or the whole text
 * @param text the offending text, verbatim as it stands in the input it was found in
 * @param detail a short reason, such as "no counterpart in the translation"
 */
public record Finding(int paragraph, String text, String detail) {

    public Finding {
        if (paragraph < -1) {
            throw new IllegalArgumentException("paragraph must be >= -1, was " + paragraph);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(detail, "detail");
    }
}
