package warta.core.batch.job;

import java.util.Locale;
import java.util.Objects;
import warta.core.batch.LedgerEntry;

/**
 * How one article of a job stands. Immutable.
 *
 * @param id the article's id in the job
 * @param standing pending, or how its latest ledger entry ended
 * @param reason why it failed (or what it nearly repeats), or null
 */
public record ArticleStatus(String id, Standing standing, String reason) {

    /** Where an article of a job is: not finished yet, or as its latest ledger entry says. */
    public enum Standing {
        /** Not finished yet: waiting, in flight, or left behind by a cancel. */
        PENDING,
        /** The ledger has it as {@link LedgerEntry.Status#DONE}. */
        DONE,
        /** The ledger has it as {@link LedgerEntry.Status#FAILED}. */
        FAILED,
        /** The ledger has it as {@link LedgerEntry.Status#DUPLICATE}. */
        DUPLICATE;

        /** The standing of an article whose latest ledger entry ended with {@code status}. */
        public static Standing of(LedgerEntry.Status status) {
            return switch (status) {
                case DONE -> DONE;
                case FAILED -> FAILED;
                case DUPLICATE -> DUPLICATE;
            };
        }

        /** The lower-case name used in JSON: {@code pending}, or the ledger's {@code done}, {@code failed}, {@code duplicate}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ArticleStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(standing, "standing");
    }

    /** An article with no ledger entry yet. */
    public static ArticleStatus pending(String id) {
        return new ArticleStatus(id, Standing.PENDING, null);
    }

    /** The standing's {@link Standing#id() id}, as the job's status JSON shows it. */
    public String status() {
        return standing.id();
    }
}
