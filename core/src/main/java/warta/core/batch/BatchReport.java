package warta.core.batch;

import java.time.Duration;
import java.util.List;

/**
 * What a batch run did.
 *
 * @param processed articles sent to the model and written
 * @param unchanged articles the ledger already had as done, skipped
 * @param duplicates near-duplicates skipped (with {@code --skip-duplicates})
 * @param failures the articles that failed, with their reasons
 * @param inputTokens tokens sent
 * @param outputTokens tokens received
 * @param retriedAtEnd articles that failed on the provider's temporary state and were given a
 *     second pass at the end of the run; those that failed again are among {@code failures}
 * @param wallTime how long the run took
 * @param interrupted whether the run was stopped before it had taken up every article
 */
public record BatchReport(
        int processed,
        int unchanged,
        int duplicates,
        List<ItemOutcome> failures,
        long inputTokens,
        long outputTokens,
        int retriedAtEnd,
        Duration wallTime,
        boolean interrupted) {

    public BatchReport {
        failures = List.copyOf(failures);
    }

    public int failed() {
        return failures.size();
    }
}
