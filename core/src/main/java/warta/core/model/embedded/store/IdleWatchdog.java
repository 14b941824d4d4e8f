package warta.core.model.embedded.store;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/**
 * Closes a stream when no data has come for a while, so a read blocked on a stalled server
 * returns instead of hanging: a timeout for the body of a response, which
 * {@code HttpRequest.timeout} does not cover.
 */
final class IdleWatchdog implements AutoCloseable {

    private final long idleNanos;
    private final Closeable target;
    private final Thread thread;
    private volatile long last = System.nanoTime();
    private volatile boolean fired;

    private IdleWatchdog(Duration idle, Closeable target) {
        this.idleNanos = idle.toNanos();
        this.target = target;
        long checkMillis = Math.max(10, Math.min(1000, idle.toMillis() / 4));
        this.thread = Thread.ofVirtual().name("warta-download-watchdog").start(() -> watch(checkMillis));
    }

    static IdleWatchdog watch(Duration idle, Closeable target) {
        return new IdleWatchdog(idle, target);
    }

    private void watch(long checkMillis) {
        try {
            while (System.nanoTime() - last <= idleNanos) {
                Thread.sleep(checkMillis);
            }
            fired = true;
            target.close();
        } catch (InterruptedException e) {
            // stopped: the download ended
        } catch (IOException e) {
            // closing failed; the read will end some other way
        }
    }

    /** Data came. */
    void fed() {
        last = System.nanoTime();
    }

    /** Whether it closed the stream. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
