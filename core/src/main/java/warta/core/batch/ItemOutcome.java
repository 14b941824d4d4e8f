package warta.core.batch;

import java.util.Objects;

/**
 * How one article of a batch ended. Immutable.
 *
 * @param id the article id
 * @param status how it ended
 * @param reason why it failed (or what it duplicates, or why it was abandoned), or null
 * @param inputTokens tokens sent for it
 * @param outputTokens tokens received for it
 * @param cachedInputTokens of {@code inputTokens}, those the model served from its prompt cache (0 where it
 *     does not say)
 */
public record ItemOutcome(
        String id, Status status, String reason, long inputTokens, long outputTokens, long cachedInputTokens) {

    /** How an article of a run ended; each is counted in its own figure of the {@link BatchReport}. */
    public enum Status {
        /** Sent to the model, written, and its checks passed. */
        PROCESSED,
        /** Skipped: the ledger has it as finished under the same key, and its result is in place. */
        UNCHANGED,
        /** Skipped as a near-duplicate of an earlier article. */
        DUPLICATE,
        /** Failed: bad input, a provider error, failed checks, or cancelled. */
        FAILED,
        /**
         * Left unrecorded: a full disk stopped the run before the article's result or ledger entry
         * could be written, or a cancelled run cancelled its model requests; the next run does it.
         * Counted as not attempted.
         */
        ABANDONED;

        /** The outcome of an attempt the ledger recorded with {@code status}. */
        public static Status of(LedgerEntry.Status status) {
            return switch (status) {
                case DONE -> PROCESSED;
                case FAILED -> FAILED;
                case DUPLICATE -> DUPLICATE;
            };
        }
    }

    public ItemOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /** An outcome of which no input token is known to have come from a prompt cache. */
    public ItemOutcome(String id, Status status, String reason, long inputTokens, long outputTokens) {
        this(id, status, reason, inputTokens, outputTokens, 0);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
