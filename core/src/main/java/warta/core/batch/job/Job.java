package warta.core.batch.job;

import java.time.Instant;
import java.util.Objects;

/**
 * A job as its {@code job.json} describes it. Immutable.
 *
 * @param id random and URL-safe; also the name of the job's folder
 * @param created when the job was accepted
 * @param state where the job is
 * @param total how many articles it holds
 * @param error why the job could not run, when {@code state} is {@link JobState#FAILED}; else null
 */
public record Job(String id, Instant created, JobState state, int total, String error) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(state, "state");
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
    }

    /** The same job in another state. */
    public Job withState(JobState newState, String newError) {
        return new Job(id, created, newState, total, newError);
    }
}
