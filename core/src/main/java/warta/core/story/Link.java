package warta.core.story;

import java.util.List;
import java.util.Objects;

/**
 * How strongly two articles look like reports of the same event, and why: the sum of what each
 * {@link Reason} adds, at most 1. A link with a {@link Reason.Kind#DATES_APART} reason and no
 * {@link Reason.Kind#DUPLICATE} one forbids the two to share a story. Immutable.
 *
 * @param from the id of one article
 * @param to the id of the other
 * @param score 0 to 1; 0 when the two are {@link #apart}
 * @param reasons why, in the order duplicate, names, dates, sentences (or dates apart)
 */
public record Link(String from, String to, double score, List<Reason> reasons) {

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        reasons = List.copyOf(reasons);
    }

    /** Whether the two may never share a story. */
    public boolean apart() {
        return reasons.stream().anyMatch(r -> r.kind() == Reason.Kind.DATES_APART)
                && reasons.stream().noneMatch(r -> r.kind() == Reason.Kind.DUPLICATE);
    }

    /** Whether the link reaches the threshold of a story. */
    public boolean strong(double threshold) {
        return !apart() && score >= threshold;
    }
}
