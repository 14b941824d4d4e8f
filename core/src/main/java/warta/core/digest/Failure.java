package warta.core.digest;

import warta.core.error.CancelledException;
import warta.core.error.ModelException;
import warta.core.error.WartaException;

/**
 * Which failures of one part of a digest (an article, a story, the briefing) leave the rest of it
 * standing as an {@code incomplete} finding: the project's own failures (the model refused or
 * failed, an answer did not fit, an article could not be read), but not a cancellation, an
 * interrupt or a model timeout, which end the digest, nor a programming error. Stateless.
 */
final class Failure {

    private Failure() {}

    /** Whether {@code e} ends only the part it happened in. */
    static boolean partial(RuntimeException e) {
        if (e instanceof CancelledException || Thread.currentThread().isInterrupted()) {
            return false;
        }
        if (e instanceof ModelException m && m.kind() == ModelException.Kind.TIMEOUT) {
            return false;
        }
        return e instanceof WartaException;
    }

    /** {@code e} for a finding's detail. */
    static String why(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
