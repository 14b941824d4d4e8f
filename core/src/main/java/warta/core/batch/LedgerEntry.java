package warta.core.batch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the ledger knows about one article after one attempt: the key it was done under, how it
 * ended, and the figures the index shows. Immutable.
 *
 * @param id the article id
 * @param key the hash of its content, provider, model, prompt version and tasks
 * @param status how the attempt ended; written as {@code done}, {@code failed} or {@code duplicate}
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
 * @param terms the renderings of terms this attempt chose first in its run (the run's terminology
 *     memory is rebuilt from them when the folder is run again); empty in ledgers written before
 *     there were any
 * @param story the id of the article's story ({@code warta.core.story.StoryBook}): a failed
 *     attempt carries the story the article was placed in, in this run or an earlier one; null
 *     when it was never placed (it failed before it was prepared, or the ledger was written
 *     before there were stories); not written when null, so such lines are as earlier versions
 *     wrote them
 */
public record LedgerEntry(
        String id,
        String key,
        Status status,
        String reason,
        String source,
        String path,
        String duplicateOf,
        boolean checksPassed,
        int untranslated,
        int omitted,
        int unsupported,
        int requests,
        long inputTokens,
        long outputTokens,
        String time,
        List<TermChoice> terms,
        @JsonInclude(JsonInclude.Include.NON_NULL) String story) {

    /**
     * A rendering an article chose for a term, as the ledger keeps it.
     *
     * @param key the term's key in the terminology memory
     * @param source the term as the source wrote it
     * @param english the rendering chosen
     */
    public record TermChoice(String key, String source, String english) {}

    /**
     * How an attempt ended. In the ledger file, {@code index.jsonl} and job status JSON each is
     * written as its {@link #id()}, the lower-case name, and read back from it.
     */
    public enum Status {
        /** A result was written and passed its checks. */
        DONE,
        /** No result, or one that failed its checks; the reason says which. */
        FAILED,
        /** Skipped as a near-duplicate of an earlier article. */
        DUPLICATE;

        /** The lower-case name used in JSON: {@code done}, {@code failed} or {@code duplicate}. */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The status named by {@link #id()}.
         *
         * @throws IllegalArgumentException when {@code id} names no status
         */
        @JsonCreator
        public static Status of(String id) {
            for (Status status : values()) {
                if (status.id().equals(id)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown ledger status '" + id + "'");
        }

        /** Whether nothing is left to do for an article that ended so: done or a duplicate. */
        public boolean finished() {
            return switch (this) {
                case DONE, DUPLICATE -> true;
                case FAILED -> false;
            };
        }
    }

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** Whether nothing is left to do for this article under this key. */
    public boolean finished() {
        return status.finished();
    }
}
