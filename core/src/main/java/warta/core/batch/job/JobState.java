package warta.core.batch.job;

import java.util.Locale;

/** Where a job is in its life. A job only moves forward: queued, running, then one of the last three. */
public enum JobState {
    /** Accepted, not started yet. */
    QUEUED,
    /** Being worked on, or interrupted by a shutdown and waiting to be resumed. */
    RUNNING,
    /** Every article was taken up and has ended, one way or another. */
    DONE,
    /** Stopped by the caller; never resumed. */
    CANCELLED,
    /** The job could not run at all (its folder could not be used); see {@link Job#error()}. */
    FAILED;

    /** Whether the job still has work to do: queued or running. */
    public boolean unfinished() {
        return this == QUEUED || this == RUNNING;
    }

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named by {@link #id()}. */
    public static JobState of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
