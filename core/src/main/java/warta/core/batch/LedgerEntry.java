package warta.core.batch;

import java.util.Objects;

/**
 * What the ledger knows about one article after one attempt: the key it was done under, how it
 * ended, and the figures the index shows. Immutable.
 *
 * @param id the article id
 * @param key the hash of its content, provider, model, prompt version and tasks
 * @param status {@code done}, {@code failed} or {@code duplicate}
 * @param reason why it failed, or null
 * @param source where it came from (a path or URL)
 * @param path the result file, relative to the output folder, or null when none was written
 * @param duplicateOf the id of the article it nearly repeats, or null
 * @param checksPassed whether the result passed its checks (false when there is no result)
 * @param untranslated number of untranslated findings
 * @param omitted number of omitted findings
 * @param unsupported number of unsupported findings
 * @param requests model requests made
 * @param inputTokens tokens sent
 * @param outputTokens tokens received
 * @param time when the attempt ended, ISO-8601
 */
public record LedgerEntry(String id, String key, String status, String reason, String source, String path,
        String duplicateOf, boolean checksPassed, int untranslated, int omitted, int unsupported, int requests,
        long inputTokens, long outputTokens, String time) {

    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String DUPLICATE = "duplicate";

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
    }

    /** Whether nothing is left to do for this article under this key. */
    public boolean finished() {
        return DONE.equals(status) || DUPLICATE.equals(status);
    }
}
