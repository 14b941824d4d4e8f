package warta.core.eval;

/** Hears how an evaluation run goes, for a progress bar. Called on the evaluating thread. */
public interface EvalListener {

    /** A listener that does nothing. */
    EvalListener NONE = (label, done, total) -> {};

    /**
     * One more item is done (scored, or failed).
     *
     * @param label the model being measured
     * @param done items done so far in this run of the model
     * @param total items in the set
     */
    void itemDone(String label, int done, int total);
}
