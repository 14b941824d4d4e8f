package warta.core.batch;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import warta.core.error.CancelledException;

/**
 * The threads of a batch that are waiting on the model, so that a stop can cancel their requests
 * ({@link #cancel()}) without touching a thread that writes a result or the ledger. A thread is
 * interrupted only while it is inside {@link #modelWork}: it leaves with its interrupt cleared, so
 * an interrupt meant for the request never reaches a file write (an interrupted {@code FileChannel}
 * is closed under whoever uses it). After {@link #cancel()} no new model work begins until
 * {@link #reset()}. Thread-safe.
 */
final class InFlight {

    private final Object lock = new Object();
    private final Set<Thread> waiting = new HashSet<>();
    private boolean cancelled;

    /** Lets model work begin again: a new run. */
    void reset() {
        synchronized (lock) {
            cancelled = false;
        }
    }

    /** Whether {@link #cancel()} was called since the last {@link #reset()}. */
    boolean cancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /** Interrupts every thread in model work now, and refuses new model work. */
    void cancel() {
        synchronized (lock) {
            cancelled = true;
            waiting.forEach(Thread::interrupt);
        }
    }

    /**
     * Runs {@code work} (the model's part of an article) so that {@link #cancel()} can interrupt it.
     *
     * @throws CancelledException when cancelled before it began, or (from {@code work}) while it ran
     */
    <T> T modelWork(Supplier<T> work) {
        Thread current = Thread.currentThread();
        synchronized (lock) {
            if (cancelled) {
                throw new CancelledException("the batch was stopped");
            }
            waiting.add(current);
        }
        try {
            return work.get();
        } finally {
            synchronized (lock) {
                waiting.remove(current);
                if (cancelled) {
                    Thread.interrupted(); // the interrupt was for the request; the writes that follow must not see it
                }
            }
        }
    }
}
