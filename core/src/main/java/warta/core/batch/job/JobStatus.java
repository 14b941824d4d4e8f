package warta.core.batch.job;

import java.util.List;
import java.util.Objects;

/**
 * A job and how far it got, as read from its folder at one moment. Immutable.
 *
 * @param job the job's own record
 * @param done articles finished with a result that passed its checks
 * @param failed articles that failed (they are tried again if the job is resumed)
 * @param duplicates articles skipped as near-duplicates
 * @param pending articles not finished yet
 * @param articles every article, in the order the job was given them
 */
public record JobStatus(Job job, int done, int failed, int duplicates, int pending, List<ArticleStatus> articles) {

    public JobStatus {
        Objects.requireNonNull(job, "job");
        articles = List.copyOf(articles);
    }

    public String id() {
        return job.id();
    }

    public JobState state() {
        return job.state();
    }

    public int total() {
        return job.total();
    }
}
