package warta.core.error;

/** The work was cancelled (the thread was interrupted) before it finished; nothing was written. */
public class CancelledException extends WartaException {

    public CancelledException(String message) {
        super(message);
    }
}
