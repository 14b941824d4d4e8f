package warta.core.prompt;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The inventory of templates: each file name (e.g. {@code translate-user.txt}) with the exact set
 * of placeholders its text must use, and those it may use ({@code name?} in the inventory: a
 * placeholder added after users may have written their own copy of the template, which keeps
 * working without it). Immutable.
 */
final class Inventory {

    static final String SUFFIX = ".txt";
    private static final String OPTIONAL = "?";

    /** The placeholders of one template: those it must use and those it may use. */
    private record Spec(Set<String> required, Set<String> optional) {}

    private final Map<String, Spec> placeholders;

    private Inventory(Map<String, Spec> placeholders) {
        this.placeholders = placeholders;
    }

    /** Reads {@code name=a,b,c} lines; a broken inventory is a broken build, hence unchecked. */
    static Inventory parse(String text, String source) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("prompt inventory " + source + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, Spec> map = new TreeMap<>();
        for (String file : properties.stringPropertyNames()) {
            if (!file.endsWith(SUFFIX) || file.length() == SUFFIX.length()) {
                throw new IllegalStateException(
                        "prompt inventory " + source + ": " + file + " is not a .txt file name");
            }
            map.put(file, parsePlaceholders(properties.getProperty(file), file, source));
        }
        if (map.isEmpty()) {
            throw new IllegalStateException("prompt inventory " + source + " lists no templates");
        }
        return new Inventory(Map.copyOf(map));
    }

    private static Spec parsePlaceholders(String list, String file, String source) {
        Set<String> required = new LinkedHashSet<>();
        Set<String> optional = new LinkedHashSet<>();
        for (String name : list.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean isOptional = trimmed.endsWith(OPTIONAL);
            String bare = isOptional ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
            if (!PromptTemplate.PLACEHOLDER.matcher("{{" + bare + "}}").matches()) {
                throw new IllegalStateException(
                        "prompt inventory " + source + ": " + file + " lists a bad placeholder name '" + trimmed + "'");
            }
            (isOptional ? optional : required).add(bare);
        }
        return new Spec(Set.copyOf(required), Set.copyOf(optional));
    }

    /** The template file names, sorted. */
    Set<String> files() {
        return new TreeSet<>(placeholders.keySet());
    }

    boolean contains(String file) {
        return placeholders.containsKey(file);
    }

    /** "a.txt, b.txt, ...": for messages that tell the user what may be overridden. */
    String known() {
        return String.join(", ", files());
    }

    /**
     * Checks one template's text against the inventory and returns it as a template.
     *
     * @param error makes the exception to throw from a message that starts with the file name
     */
    PromptTemplate check(String file, String text, Function<String, RuntimeException> error) {
        Set<String> required = placeholders.get(file).required();
        Set<String> optional = placeholders.get(file).optional();
        if (text.isBlank()) {
            throw error.apply(file + " is empty");
        }
        PromptTemplate template = new PromptTemplate(file.substring(0, file.length() - SUFFIX.length()), text);
        Set<String> found = template.placeholders();
        List<String> problems = new ArrayList<>();
        List<String> missing =
                required.stream().filter(p -> !found.contains(p)).sorted().toList();
        if (!missing.isEmpty()) {
            problems.add(file + " lacks the placeholder" + (missing.size() > 1 ? "s " : " ")
                    + PromptTemplate.braced(missing));
        }
        List<String> unknown = found.stream()
                .filter(p -> !required.contains(p) && !optional.contains(p))
                .toList();
        if (!unknown.isEmpty()) {
            Set<String> all = new TreeSet<>(required);
            all.addAll(optional);
            problems.add(file + " has the unknown placeholder" + (unknown.size() > 1 ? "s " : " ")
                    + PromptTemplate.braced(unknown) + " (" + takes(all) + ")");
        }
        if (!problems.isEmpty()) {
            throw error.apply(String.join("; ", problems));
        }
        return template;
    }

    private static String takes(Set<String> required) {
        return required.isEmpty()
                ? "it takes none"
                : "it takes " + PromptTemplate.braced(required.stream().sorted().toList());
    }
}
