package warta.core.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import warta.core.lang.Language;
import warta.core.lang.LanguageDetector;
import warta.core.sentence.SentenceSplitter;
import warta.core.summarize.SummaryProblem.Kind;

/**
 * Checks a {@link Summary} against what was asked: a headline of one line, a summary of 3 to 5
 * sentences and at most 120 words, 3 to 6 key points, and English throughout. Each problem has its
 * {@link SummaryProblem.Kind} and is one sentence fit to send back to the model. Thread-safe.
 */
public final class SummaryValidator {

    static final int MIN_SENTENCES = 3;
    static final int MAX_SENTENCES = 5;
    static final int MAX_WORDS = 120;
    static final int MIN_POINTS = 3;
    static final int MAX_POINTS = 6;

    private final SentenceSplitter splitter = SentenceSplitter.indonesian();
    private final LanguageDetector languages = new LanguageDetector();

    /** The problems of {@code summary}, in the order of the limits above; empty when it is as asked. */
    public List<SummaryProblem> problems(Summary summary) {
        List<SummaryProblem> problems = new ArrayList<>();
        if (summary.headline().contains("\n")) {
            problems.add(new SummaryProblem(Kind.HEADLINE, "the headline must be one line"));
        }
        int sentences = sentences(summary);
        if (sentences < MIN_SENTENCES || sentences > MAX_SENTENCES) {
            problems.add(new SummaryProblem(
                    Kind.SENTENCES,
                    "the summary has " + sentences + " sentences; it must have " + MIN_SENTENCES + " to "
                            + MAX_SENTENCES));
        }
        int words = summary.summary().strip().split("\\s+").length;
        if (words > MAX_WORDS) {
            problems.add(new SummaryProblem(
                    Kind.WORDS, "the summary has " + words + " words; it must have at most " + MAX_WORDS));
        }
        int points = summary.keyPoints().size();
        if (points < MIN_POINTS || points > MAX_POINTS) {
            problems.add(new SummaryProblem(
                    Kind.KEY_POINTS,
                    "there are " + points + " key points; there must be " + MIN_POINTS + " to " + MAX_POINTS));
        }
        nonEnglish(summary).ifPresent(problems::add);
        return problems;
    }

    /**
     * The sentences of the summary, counted statement by statement: the answer says where each of
     * its sentences ends, so a statement that ends in an abbreviation or one that starts with a
     * lowercase word is not run together with its neighbour, while a statement holding two
     * sentences counts two.
     */
    private int sentences(Summary summary) {
        int sentences = 0;
        for (Statement statement : summary.sentences()) {
            sentences += Math.max(1, splitter.split(statement.text()).size());
        }
        return sentences;
    }

    /** The {@link Kind#NOT_ENGLISH} problem when the summary is not in English, if it is not. */
    public Optional<SummaryProblem> nonEnglish(Summary summary) {
        Language language = languages.detect(
                List.of(summary.headline(), summary.summary(), String.join(" ", summary.keyPointTexts())));
        if (language.is(Language.UNDETERMINED) || language.is("en")) {
            return Optional.empty();
        }
        return Optional.of(new SummaryProblem(
                Kind.NOT_ENGLISH,
                "the summary is not in English (it reads as '" + language.code() + "'); write it in English"));
    }
}
