package warta.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How {@link RetryingChatModel} waits between attempts: exponential backoff with full jitter
 * (the n-th retry, counting from 0, waits a uniformly random time in
 * {@code [0, min(maxDelay, baseDelay * 2^n))}), except that a wait the provider asked for
 * ({@code Retry-After}) is honoured exactly, up to {@code maxRetryAfter}.
 *
 * @param maxRetries    retries after the first attempt, rate limits not counted
 * @param baseDelay     the backoff ceiling of the first retry
 * @param maxDelay      the largest backoff ceiling
 * @param maxRetryAfter the longest provider-requested wait that is honoured; longer ones are cut to it
 * @param sleeper       what waits
 * @param random        a source of numbers in {@code [0, 1)} for the jitter; must be thread-safe
 */
public record RetryPolicy(
        int maxRetries,
        Duration baseDelay,
        Duration maxDelay,
        Duration maxRetryAfter,
        Sleeper sleeper,
        DoubleSupplier random) {

    public static final Duration BASE_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);

    /** @throws IllegalArgumentException naming the argument that is missing or out of range */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        requirePositive(baseDelay, "baseDelay");
        requirePositive(maxDelay, "maxDelay");
        requirePositive(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
    }

    /** The default policy with {@code maxRetries} retries: 1 s base, 30 s cap, Retry-After up to 120 s. */
    public static RetryPolicy of(int maxRetries) {
        return new RetryPolicy(
                maxRetries,
                BASE_DELAY,
                MAX_DELAY,
                MAX_RETRY_AFTER,
                Sleeper.SYSTEM,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The default policy with the configuration's {@link ModelConfig#maxRetries()}. */
    public static RetryPolicy from(ModelConfig config) {
        return of(config.maxRetries());
    }

    public RetryPolicy withSleeper(Sleeper sleeper) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, maxRetryAfter, sleeper, random);
    }

    public RetryPolicy withRandom(DoubleSupplier random) {
        return new RetryPolicy(maxRetries, baseDelay, maxDelay, maxRetryAfter, sleeper, random);
    }

    /**
     * How long to wait before retry number {@code retry} (0 for the first); {@link RetryingChatModel}
     * counts rate limits and other failures apart, so the n-th rate limit waits as the n-th retry.
     */
    public Duration delay(int retry, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
        }
        return Duration.ofNanos((long) (random.getAsDouble() * ceiling(retry).toNanos()));
    }

    /** The upper bound of the jittered wait before retry number {@code retry}. */
    public Duration ceiling(int retry) {
        int doublings = Math.min(retry, 30);
        Duration ceiling = baseDelay.multipliedBy(1L << doublings);
        return ceiling.compareTo(maxDelay) > 0 ? maxDelay : ceiling;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (!duration.isPositive()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
