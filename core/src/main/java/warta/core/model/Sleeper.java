package warta.core.model;

import java.time.Duration;

/**
 * Waits between retries, and tells the time those waits are measured in, so that the time budget
 * of {@link Deadline} is kept in the same time. Tests pass one that records each wait, moves its
 * own clock on by it and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread; the time is {@link System#nanoTime()}. */
    Sleeper SYSTEM = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;

    /** The time now, in nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
    default long nanoTime() {
        return System.nanoTime();
    }
}
