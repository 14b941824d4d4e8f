package warta.core.summarize;

import java.util.Objects;

/**
 * One thing wrong with a model's summary: what kind of problem it is, for code to act on, and a
 * sentence saying so, fit to send back to the model and to show in a result's notes. Immutable.
 *
 * @param kind what is wrong
 * @param text the problem in one sentence, e.g. "the summary has 7 sentences; it must have 3 to 5"
 */
public record SummaryProblem(Kind kind, String text) {

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
        NOT_ENGLISH
    }

    public SummaryProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** Whether this problem is that the summary is not in English. */
    public boolean notEnglish() {
        return kind == Kind.NOT_ENGLISH;
    }
}
