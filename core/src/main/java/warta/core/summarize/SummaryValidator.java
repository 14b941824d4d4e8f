package warta.core.summarize;

import java.util.ArrayList;
import java.util.List;
import warta.core.lang.Language;
import warta.core.lang.LanguageDetector;
import warta.core.sentence.SentenceSplitter;

/**
 * Checks a {@link Summary} against what was asked: a headline of one line, a summary of 3 to 5
 * sentences and at most 120 words, 3 to 6 key points, and English throughout. Each problem is one
 * sentence fit to send back to the model. Thread-safe.
 */
public final class SummaryValidator {

    static final int MIN_SENTENCES = 3;
    static final int MAX_SENTENCES = 5;
    static final int MAX_WORDS = 120;
    static final int MIN_POINTS = 3;
    static final int MAX_POINTS = 6;

    private final SentenceSplitter splitter = SentenceSplitter.indonesian();
    private final LanguageDetector languages = new LanguageDetector();

    /** The problems of {@code summary}; empty when it is as asked. */
    public List<String> problems(Summary summary) {
        List<String> problems = new ArrayList<>();
        if (summary.headline().contains("\n")) {
            problems.add("the headline must be one line");
        }
        int sentences = splitter.split(summary.summary()).size();
        if (sentences < MIN_SENTENCES || sentences > MAX_SENTENCES) {
            problems.add("the summary has " + sentences + " sentences; it must have " + MIN_SENTENCES + " to " + MAX_SENTENCES);
        }
        int words = summary.summary().strip().split("\\s+").length;
        if (words > MAX_WORDS) {
            problems.add("the summary has " + words + " words; it must have at most " + MAX_WORDS);
        }
        int points = summary.keyPoints().size();
        if (points < MIN_POINTS || points > MAX_POINTS) {
            problems.add("there are " + points + " key points; there must be " + MIN_POINTS + " to " + MAX_POINTS);
        }
        nonEnglish(summary).ifPresent(problems::add);
        return problems;
    }

    /** How the problem of a summary that is not in English starts. */
    public static final String NOT_ENGLISH = "the summary is not in English";

    /** Whether {@code problems} (from {@link #problems}) say the summary is not in English. */
    public static boolean saysNotEnglish(List<String> problems) {
        return problems.stream().anyMatch(p -> p.startsWith(NOT_ENGLISH));
    }

    /** The problem when the summary is not in English, if it is not. */
    public java.util.Optional<String> nonEnglish(Summary summary) {
        Language language = languages.detect(List.of(summary.headline(), summary.summary(), String.join(" ", summary.keyPoints())));
        if (language.is(Language.UNDETERMINED) || language.is("en")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(NOT_ENGLISH + " (it reads as '" + language.code() + "'); write it in English");
    }
}
