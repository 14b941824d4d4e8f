package warta.core.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import warta.core.summarize.SummaryProblem.Kind;

/**
 * Checks a summary's citations: every summary sentence and every key point must cite at least
 * one source sentence, and only sentence numbers the model was shown. Each statement that does not
 * is one {@link Kind#SOURCES} problem that names it ("key point 2 cites no source sentence"), fit
 * to send back to the model and to report as a finding. Stateless.
 */
final class Citations {

    private Citations() {}

    /**
     * The citation problems of a summary as read: those found while reading it (citations that are
     * not numbers), then, for each other statement, summary sentences first, those against
     * {@code shown}, the numbers the model was shown.
     */
    static List<SummaryProblem> problems(SummaryJson.Reading reading, Set<Integer> shown) {
        List<SummaryProblem> problems = new ArrayList<>(reading.problems());
        Set<String> named = new HashSet<>();
        reading.problems().forEach(p -> named.add(p.statement()));
        check(reading.summary().sentences(), "summary sentence", shown, named, problems);
        check(reading.summary().keyPoints(), "key point", shown, named, problems);
        return problems;
    }

    private static void check(
            List<Statement> statements, String label, Set<Integer> shown, Set<String> named, List<SummaryProblem> out) {
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            if (named.contains(statement.text())) {
                continue;
            }
            String name = label + " " + (i + 1);
            List<Integer> unknown =
                    statement.sources().stream().filter(n -> !shown.contains(n)).toList();
            if (statement.sources().isEmpty()) {
                out.add(new SummaryProblem(Kind.SOURCES, name + " cites no source sentence", statement.text()));
            } else if (!unknown.isEmpty()) {
                out.add(new SummaryProblem(
                        Kind.SOURCES,
                        name + " cites " + join(unknown) + ", which the article's numbered sentences do not include",
                        statement.text()));
            }
        }
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
