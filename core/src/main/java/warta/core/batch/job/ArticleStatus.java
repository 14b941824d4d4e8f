package warta.core.batch.job;

import java.util.Objects;

/**
 * How one article of a job stands.
 *
 * @param id the article's id in the job
 * @param status {@link #PENDING}, or the ledger's {@code done}, {@code failed} or {@code duplicate}
 * @param reason why it failed (or what it nearly repeats), or null
 */
public record ArticleStatus(String id, String status, String reason) {

    /** Not finished yet: waiting, in flight, or left behind by a cancel. */
    public static final String PENDING = "pending";

    public ArticleStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
