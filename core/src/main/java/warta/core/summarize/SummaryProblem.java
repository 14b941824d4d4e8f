package warta.core.summarize;

import java.util.Objects;

/**
 * One thing wrong with a model's summary: what kind of problem it is, for code to act on, a
 * sentence saying so, fit to send back to the model and to show in a result, and, for a problem
 * of one statement, that statement's text. Immutable.
 *
 * @param kind what is wrong
 * @param text the problem in one sentence, e.g. "the summary has 7 sentences; it must have 3 to 5"
 * @param statement the summary sentence or key point concerned, verbatim; null when the problem
 *     is the whole summary's
 */
public record SummaryProblem(Kind kind, String text, String statement) {

    /** What is wrong with a summary. */
    public enum Kind {
        /** The answer could not be read as a summary (no JSON, missing fields). */
        UNREADABLE,
        /** The headline is more than one line. */
        HEADLINE,
        /** The summary has too few or too many sentences. */
        SENTENCES,
        /** The summary has too many words. */
        WORDS,
        /** There are too few or too many key points. */
        KEY_POINTS,
        /** The summary is not in English: a failed check, not only a note. */
        NOT_ENGLISH,
        /**
         * A summary sentence or key point cites no source sentence, or cites something that is not
         * one of the article's sentence numbers: a failed check (unsupported), not only a note.
         */
        SOURCES
    }

    public SummaryProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A problem of the whole summary. */
    public SummaryProblem(Kind kind, String text) {
        this(kind, text, null);
    }

    /** Whether this problem is that the summary is not in English. */
    public boolean notEnglish() {
        return kind == Kind.NOT_ENGLISH;
    }

    /** Whether this problem is a statement's citations. */
    public boolean citation() {
        return kind == Kind.SOURCES;
    }
}
