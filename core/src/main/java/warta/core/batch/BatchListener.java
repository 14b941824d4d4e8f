package warta.core.batch;

/**
 * Follows a batch, for progress bars and logs. Called from the worker threads; must be
 * thread-safe and quick. Does nothing by default.
 */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {};

    /** An article was taken up (again, for its second pass: see {@link BatchRunner#run}). */
    default void started(String id) {}

    /**
     * An article is finished, one way or another: once per article and run. An article put aside
     * for the second pass is finished when that pass has ended it.
     */
    default void finished(ItemOutcome outcome) {}
}
