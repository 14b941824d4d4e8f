package warta.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import warta.core.error.SettingNames;
import warta.core.error.WartaException;

/**
 * Runs a probe at most once per {@code ttl} and remembers its outcome: an empty reason when it
 * passed, else why it failed. Callers that arrive while a probe runs wait for it rather than
 * start another. Thread-safe.
 */
public final class CachedProbe {

    /** A check that throws when it fails; the exception's message is the reason. */
    @FunctionalInterface
    public interface Probe {
        void run();
    }

    private final Probe probe;
    private final SettingNames names;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private Optional<String> lastReason;
    private long lastRun;

    public CachedProbe(Probe probe, Duration ttl, LongSupplier nanoTime) {
        this(probe, ttl, nanoTime, SettingNames.FLAGS);
    }

    /** @param names how a reason's advice names settings (see {@link WartaException#message}) */
    public CachedProbe(Probe probe, Duration ttl, LongSupplier nanoTime, SettingNames names) {
        this.names = Objects.requireNonNull(names, "names");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.ttlNanos = Objects.requireNonNull(ttl, "ttl").toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Empty when the last probe, at most {@code ttl} old, passed; else the reason it failed. */
    public synchronized Optional<String> failure() {
        long now = nanoTime.getAsLong();
        if (lastReason == null || now - lastRun >= ttlNanos) {
            lastReason = runProbe();
            lastRun = nanoTime.getAsLong();
        }
        return lastReason;
    }

    private Optional<String> runProbe() {
        try {
            probe.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            String message = WartaException.messageOf(e, names);
            return Optional.of(
                    message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
        }
    }
}
