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
 */
public record BoilerplateRule(String name, Pattern pattern, String reason) {

    public BoilerplateRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(reason, "reason");
    }

    /** A case-insensitive, Unicode-aware rule. */
    public static BoilerplateRule of(String name, String regex, String reason) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
        return new BoilerplateRule(name, Pattern.compile(regex, flags), reason);
    }

    public boolean matches(String paragraph) {
        return pattern.matcher(paragraph).matches();
    }
}
