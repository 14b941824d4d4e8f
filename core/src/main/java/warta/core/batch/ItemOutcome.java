package warta.core.batch;

/**
 * How one article of a batch ended.
 *
 * @param id the article id
 * @param status {@code done}, {@code failed}, {@code duplicate} or {@code unchanged}
 * @param reason why it failed (or what it duplicates), or null
 * @param inputTokens tokens sent for it
 * @param outputTokens tokens received for it
 */
public record ItemOutcome(String id, String status, String reason, long inputTokens, long outputTokens) {

    public static final String UNCHANGED = "unchanged";

    public boolean failed() {
        return LedgerEntry.FAILED.equals(status);
    }
}
