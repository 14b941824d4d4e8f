package warta.core.batch;

/**
 * Follows a batch, for progress bars and logs. Called from the worker threads; must be
 * thread-safe and quick. Does nothing by default.
 */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {};

    /** An article was taken up. */
    default void started(String id) {}

    /** An article is finished, one way or another. */
    default void finished(ItemOutcome outcome) {}
}
