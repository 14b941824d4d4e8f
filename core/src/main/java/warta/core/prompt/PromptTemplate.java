package warta.core.prompt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt template: text with placeholders written {@code {{name}}}, where a name is a letter
 * followed by letters, digits or underscores. Nothing else is syntax: {@code {x}}, {@code ${x}},
 * {@code {{ x }}} and JSON braces are plain text.
 *
 * <p>{@link #render} fills the placeholders in one pass and inserts each value verbatim, so a value
 * that itself contains {@code {{x}}} is never expanded: article text given as a value cannot act as
 * template. Instances are immutable and thread-safe.
 *
 * @param name the template's name without {@code .txt}, e.g. {@code translate-user}
 * @param text the template text, with LF line ends
 */
public record PromptTemplate(String name, String text) {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9_]*)}}");

    public PromptTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
    }

    /** The names of the placeholders, in order of first appearance, each once; unmodifiable. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * The text with every placeholder replaced by its value, verbatim.
     *
     * @param values one non-null value for each placeholder and no other keys
     * @throws IllegalArgumentException naming the placeholders that lack a value, or the keys that
     *     are not placeholders of this template
     */
    public String render(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        Set<String> placeholders = placeholders();
        checkValues(placeholders, values);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length()
                + values.values().stream().mapToInt(String::length).sum());
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start()).append(values.get(matcher.group(1)));
            last = matcher.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private void checkValues(Set<String> placeholders, Map<String, String> values) {
        List<String> missing = new ArrayList<>();
        for (String placeholder : placeholders) {
            if (values.get(placeholder) == null) {
                missing.add(placeholder);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("prompt " + name + ": no value for " + braced(missing));
        }
        List<String> extra = values.keySet().stream()
                .filter(key -> !placeholders.contains(key))
                .sorted()
                .toList();
        if (!extra.isEmpty()) {
            throw new IllegalArgumentException("prompt " + name + " has no placeholder " + braced(extra)
                    + (placeholders.isEmpty()
                            ? "; it takes no values"
                            : "; its placeholders are " + braced(placeholders)));
        }
    }

    /** "{{a}}, {{b}}": names as they are written in a template. */
    static String braced(Iterable<String> names) {
        List<String> list = new ArrayList<>();
        names.forEach(n -> list.add("{{" + n + "}}"));
        return String.join(", ", list);
    }
}
