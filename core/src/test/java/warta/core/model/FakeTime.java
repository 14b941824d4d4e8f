package warta.core.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that returns at once: it records each wait and moves its own clock on by it. */
final class FakeTime implements Sleeper {

    final List<Duration> sleeps = new ArrayList<>();
    private long now = 1_000_000_000L;

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now += duration.toNanos();
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    /** Moves the clock on without a wait, as time spent in a request does. */
    synchronized void pass(Duration duration) {
        now += duration.toNanos();
    }
}
