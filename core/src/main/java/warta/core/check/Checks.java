package warta.core.check;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The findings of all checks on one piece of model output, by kind. Immutable: the lists are
 * unmodifiable copies.
 *
 * @param untranslated text left in Indonesian ({@link UntranslatedCheck})
 * @param omitted source text with no counterpart in the translation ({@link OmittedCheck})
 * @param unsupported numbers, dates and names the reference does not contain
 *     ({@link UnsupportedCheck})
 */
public record Checks(List<Finding> untranslated, List<Finding> omitted, List<Finding> unsupported) {

    private static final Checks NONE = new Checks(List.of(), List.of(), List.of());

    public Checks {
        untranslated = List.copyOf(Objects.requireNonNull(untranslated, "untranslated"));
        omitted = List.copyOf(Objects.requireNonNull(omitted, "omitted"));
        unsupported = List.copyOf(Objects.requireNonNull(unsupported, "unsupported"));
    }

    /** No findings at all. */
    public static Checks none() {
        return NONE;
    }

    /** Whether no check found anything. */
    public boolean passed() {
        return untranslated.isEmpty() && omitted.isEmpty() && unsupported.isEmpty();
    }

    /** These findings followed by {@code other}'s, kind by kind. */
    public Checks plus(Checks other) {
        Objects.requireNonNull(other, "other");
        return new Checks(
                concat(untranslated, other.untranslated),
                concat(omitted, other.omitted),
                concat(unsupported, other.unsupported));
    }

    private static List<Finding> concat(List<Finding> first, List<Finding> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
