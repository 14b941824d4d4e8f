package warta.core.batch;

import java.time.Duration;
import java.util.List;
import warta.core.error.DiskFullException;
import warta.core.error.WartaException;

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
 * @param interrupted whether the run was stopped (by the caller, or by {@code stoppedBy}) before it had taken
 *     up every article
 * @param stoppedBy what stopped the run on its own, or null: a full disk ({@link DiskFullException}), which
 *     also leaves {@code index.jsonl} as it was when it cannot be rewritten
 * @param notAttempted with {@code stoppedBy}, the articles it did not get to: abandoned in flight, or left
 *     in the sources and not finished in the ledger (the listing is read for at most 10 seconds); 0
 *     otherwise
 * @param cachedInputTokens of {@code inputTokens}, those the model served from its prompt cache (0 where it does
 *     not say)
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
        boolean interrupted,
        WartaException stoppedBy,
        int notAttempted,
        long cachedInputTokens) {

    public BatchReport {
        failures = List.copyOf(failures);
        if (notAttempted < 0) {
            throw new IllegalArgumentException("notAttempted must not be negative: " + notAttempted);
        }
    }

    public int failed() {
        return failures.size();
    }

    /** Whether something other than the caller stopped the run ({@link #stoppedBy()}): then it failed as a whole. */
    public boolean stopped() {
        return stoppedBy != null;
    }
}
