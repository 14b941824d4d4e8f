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
 * @param inconsistent terms the translation renders in more than one way ({@link Terms#report})
 * @param incomplete steps that were asked for and failed after an earlier step's work was done (a
 *     summary that could not be made for a finished translation): {@code paragraph} -1, {@code text}
 *     what is missing ("no summary"), {@code detail} why
 */
public record Checks(
        List<Finding> untranslated,
        List<Finding> omitted,
        List<Finding> unsupported,
        List<Finding> inconsistent,
        List<Finding> incomplete) {

    private static final Checks NONE = new Checks(List.of(), List.of(), List.of(), List.of(), List.of());

    public Checks {
        untranslated = List.copyOf(Objects.requireNonNull(untranslated, "untranslated"));
        omitted = List.copyOf(Objects.requireNonNull(omitted, "omitted"));
        unsupported = List.copyOf(Objects.requireNonNull(unsupported, "unsupported"));
        inconsistent = List.copyOf(Objects.requireNonNull(inconsistent, "inconsistent"));
        incomplete = List.copyOf(Objects.requireNonNull(incomplete, "incomplete"));
    }

    /** Findings of the first four kinds, and no step left incomplete. */
    public Checks(
            List<Finding> untranslated, List<Finding> omitted, List<Finding> unsupported, List<Finding> inconsistent) {
        this(untranslated, omitted, unsupported, inconsistent, List.of());
    }

    /** Findings of the first three kinds, and no term rendered inconsistently. */
    public Checks(List<Finding> untranslated, List<Finding> omitted, List<Finding> unsupported) {
        this(untranslated, omitted, unsupported, List.of(), List.of());
    }

    /** No findings at all. */
    public static Checks none() {
        return NONE;
    }

    /** Only the finding that a step asked for was not done: {@code what} is missing, for {@code reason}. */
    public static Checks incomplete(String what, String reason) {
        return new Checks(List.of(), List.of(), List.of(), List.of(), List.of(new Finding(-1, what, reason)));
    }

    /** Whether no check found anything. */
    public boolean passed() {
        return untranslated.isEmpty()
                && omitted.isEmpty()
                && unsupported.isEmpty()
                && inconsistent.isEmpty()
                && incomplete.isEmpty();
    }

    /**
     * The findings counted, for a one-line report: "1 untranslated, 0 omitted, 2 unsupported",
     * with ", 1 inconsistent" when a term was rendered more than one way and ", 1 incomplete (no
     * summary: why)" when a step was not done (the reason is short, and a batch's ledger keeps it).
     */
    public String counts() {
        return untranslated.size() + " untranslated, " + omitted.size() + " omitted, " + unsupported.size()
                + " unsupported" + (inconsistent.isEmpty() ? "" : ", " + inconsistent.size() + " inconsistent")
                + (incomplete.isEmpty()
                        ? ""
                        : ", " + incomplete.size() + " incomplete ("
                                + String.join(
                                        "; ",
                                        incomplete.stream()
                                                .map(f -> f.text() + ": " + f.detail())
                                                .toList())
                                + ")");
    }

    /** These findings followed by {@code other}'s, kind by kind. */
    public Checks plus(Checks other) {
        Objects.requireNonNull(other, "other");
        return new Checks(
                concat(untranslated, other.untranslated),
                concat(omitted, other.omitted),
                concat(unsupported, other.unsupported),
                concat(inconsistent, other.inconsistent),
                concat(incomplete, other.incomplete));
    }

    private static List<Finding> concat(List<Finding> first, List<Finding> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
