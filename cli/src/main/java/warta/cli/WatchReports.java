package warta.cli;

import java.util.List;
import java.util.Objects;
import warta.core.batch.BatchReport;
import warta.core.batch.ItemOutcome;

/**
 * Which reports of a {@code batch --watch} are worth printing: the first cycle's, and after it
 * only a cycle that did something (articles processed or skipped as duplicates), ended early
 * (stopped or interrupted), or whose failures differ from the cycle before (an article that fails
 * again for the same reason is not news). A quiet poll prints nothing. Not thread-safe: one per
 * watch loop.
 */
final class WatchReports {

    private List<String> lastFailures;

    /** Whether {@code report}, the latest cycle's, says anything new; remembers it for the next. */
    boolean worthPrinting(BatchReport report) {
        Objects.requireNonNull(report, "report");
        List<String> failures =
                report.failures().stream().map(WatchReports::failure).sorted().toList();
        boolean first = lastFailures == null;
        boolean sameFailures = failures.equals(lastFailures);
        lastFailures = failures;
        return first
                || report.processed() > 0
                || report.duplicates() > 0
                || report.interrupted()
                || report.stopped()
                || !sameFailures;
    }

    private static String failure(ItemOutcome outcome) {
        return outcome.id() + "\n" + outcome.reason();
    }
}
