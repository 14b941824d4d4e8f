package warta.core.story;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason two articles are (or are not) taken for reports of the same event, with what it adds
 * to their link's score. Immutable.
 *
 * @param kind what kind of evidence
 * @param detail the evidence in words: the names shared, the dates, the sentences shared
 * @param score what it adds to the link's score; 0 for a conflict
 */
public record Reason(Kind kind, String detail, double score) {

    /** Kinds of evidence. */
    public enum Kind {
        /** The two are near-duplicates (the batch's {@code duplicateOf} test): one story whatever else. */
        DUPLICATE,
        /** They name the same people, places and organisations. */
        NAMES,
        /** They date things within a few days of each other. */
        DATES,
        /** Sentences of one share a run of words with the other. */
        SENTENCES,
        /** Both are dated and no dates of theirs are near: never one story (unless duplicates). */
        DATES_APART;

        /** The name used in JSON and text: {@code names}, {@code dates-apart}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
