package warta.core.summarize;

import java.util.List;

/**
 * A summary and what is still wrong with it after the retry (empty when nothing is). Immutable.
 *
 * @param summary the summary; every source it cites is a sentence number of the article
 * @param problems the limits it breaks; a non-English summary is among them, as a
 *     {@link SummaryProblem.Kind#NOT_ENGLISH} problem, and so is each statement without valid
 *     citations, as a {@link SummaryProblem.Kind#SOURCES} problem
 */
public record SummaryOutcome(Summary summary, List<SummaryProblem> problems) {

    public SummaryOutcome {
        problems = List.copyOf(problems);
    }

    /** Whether the summary is in English: no problem of its is {@link SummaryProblem.Kind#NOT_ENGLISH} (else a failed check). */
    public boolean english() {
        return problems.stream().noneMatch(SummaryProblem::notEnglish);
    }

    /** The statements whose citations are missing or invalid, one problem each (a failed check). */
    public List<SummaryProblem> citationProblems() {
        return problems.stream().filter(SummaryProblem::citation).toList();
    }

    /**
     * The problems other than the language and the citations, which a result shows as notes rather
     * than as a failed check.
     */
    public List<SummaryProblem> limitProblems() {
        return problems.stream().filter(p -> !p.notEnglish() && !p.citation()).toList();
    }
}
