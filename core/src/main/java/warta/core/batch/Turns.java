package warta.core.batch;

import java.util.HashSet;
import java.util.Set;
import warta.core.error.CancelledException;

/**
 * Takes the articles of a pass in the order they were handed out, for the one step whose outcome
 * depends on the order (finding near-duplicates and placing articles in stories): turn {@code n} waits until turns {@code 0} to
 * {@code n - 1} are done, and a turn is done when its article was placed or will never be (it was
 * unchanged, or failed before). Every article handed out holds a worker thread, so the turns
 * before one are always running, never queued behind it. Thread-safe.
 */
final class Turns {

    private final Set<Long> doneAhead = new HashSet<>();
    private long next;
    private long handedOut;

    /** The next turn, in the order of the calls. */
    synchronized Turn next() {
        return new Turn(this, handedOut++);
    }

    private synchronized void await(long turn) {
        try {
            while (turn > next) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("interrupted while waiting to place an article in a story");
        }
    }

    private synchronized void done(long turn) {
        if (turn < next || !doneAhead.add(turn)) {
            return;
        }
        while (doneAhead.remove(next)) {
            next++;
        }
        notifyAll();
    }

    /** One article's turn; {@link #done} may be called more than once. */
    record Turn(Turns turns, long number) {

        void await() {
            turns.await(number);
        }

        void done() {
            turns.done(number);
        }
    }
}
