package warta.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The time one article's model work may still take: set for the calling thread by the one who
 * starts the article ({@code ArticleProcessor}), read by {@link RetryingChatModel}, which begins
 * no wait that would end after it. It travels with the thread, so work the article hands to
 * other threads (the chunks of a translation) takes it along with {@link #carried(Callable)}.
 * Immutable; the thread's current deadline is thread-confined.
 *
 * @param at     when it ends, in the time of the clock it was set with ({@link System#nanoTime()}
 *               in production)
 * @param budget the whole budget it was set with, for messages
 */
public record Deadline(long at, Duration budget) {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    public Deadline {
        Objects.requireNonNull(budget, "budget");
    }

    /** A deadline {@code budget} from now, in the time of {@code clock}. */
    public static Deadline after(Duration budget, LongSupplier clock) {
        return new Deadline(clock.getAsLong() + budget.toNanos(), budget);
    }

    /** The deadline of the calling thread's work, if one is set. */
    public static Optional<Deadline> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} on the calling thread under {@code deadline}, then restores the one before. */
    public static <T> T within(Deadline deadline, Supplier<T> work) {
        Objects.requireNonNull(deadline, "deadline");
        Deadline before = CURRENT.get();
        CURRENT.set(deadline);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    /** {@code task}, to run on another thread under the calling thread's deadline (or none, as now). */
    public static <T> Callable<T> carried(Callable<T> task) {
        Deadline deadline = CURRENT.get();
        return () -> {
            Deadline before = CURRENT.get();
            restore(deadline);
            try {
                return task.call();
            } finally {
                restore(before);
            }
        };
    }

    /** The time left at {@code now}, zero when it has passed. */
    public Duration left(long now) {
        return Duration.ofNanos(Math.max(0, at - now));
    }

    private static void restore(Deadline deadline) {
        if (deadline == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(deadline);
        }
    }
}
