package warta.core.clean;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of boilerplate paragraph: a pattern that must match the whole normalised paragraph,
 * and the reason recorded when it does.
 *
 * @param name a short name for docs and debugging
 * @param pattern matched against the whole paragraph ({@link java.util.regex.Matcher#matches()})
 * @param reason the {@link Removal} reason
 * @param maxLength the longest paragraph the rule can match; longer ones are not tried
 */
public record BoilerplateRule(String name, Pattern pattern, String reason, int maxLength) {

    /** Boilerplate lines are short; real paragraphs are not tried against most rules at all. */
    public static final int DEFAULT_MAX_LENGTH = 240;

    public BoilerplateRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reason, "reason");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
    }

    /** A case-insensitive, Unicode-aware rule for paragraphs of up to {@value #DEFAULT_MAX_LENGTH} characters. */
    public static BoilerplateRule of(String name, String regex, String reason) {
        return of(name, regex, reason, DEFAULT_MAX_LENGTH);
    }

    /** A case-insensitive, Unicode-aware rule for paragraphs of up to {@code maxLength} characters. */
    public static BoilerplateRule of(String name, String regex, String reason, int maxLength) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        return new BoilerplateRule(name, Pattern.compile(regex, flags), reason, maxLength);
    }

    public boolean matches(String paragraph) {
        return paragraph.length() <= maxLength && pattern.matcher(paragraph).matches();
    }
}
