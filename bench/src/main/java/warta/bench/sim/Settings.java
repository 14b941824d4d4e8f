package warta.bench.sim;

import java.time.Duration;
import java.util.Objects;

/** A {@link SimulatedModelServer}'s settings, checked; see its builder for what each means. */
record Settings(
        Duration latencyPerRequest,
        Duration latencyPerOutputToken,
        int concurrencyCap,
        int retryAfterSeconds,
        double rate429,
        double rate500,
        double rateHang,
        double rateTruncated,
        Duration hangFor,
        long seed,
        int port,
        int contextPerSlot,
        int slots) {

    /** @throws IllegalArgumentException naming the first setting out of range */
    Settings {
        notNegative(latencyPerRequest, "latencyPerRequest");
        notNegative(latencyPerOutputToken, "latencyPerOutputToken");
        notNegative(hangFor, "hangFor");
        require(concurrencyCap >= 0, "concurrencyCap must be 0 (none) or more, was " + concurrencyCap);
        require(retryAfterSeconds >= 0, "retryAfterSeconds must be 0 or more, was " + retryAfterSeconds);
        rate(rate429, "rate429");
        rate(rate500, "rate500");
        rate(rateHang, "rateHang");
        rate(rateTruncated, "rateTruncated");
        double sum = rate429 + rate500 + rateHang + rateTruncated;
        require(sum <= 1.0 + 1e-9, "rate429 + rate500 + rateHang + rateTruncated must be at most 1, was " + sum);
        require(port >= 0 && port <= 65535, "port must be 0 to 65535, was " + port);
        require(contextPerSlot >= 0, "contextPerSlot must be 0 (not llama-server) or more, was " + contextPerSlot);
        require(slots >= 1, "slots must be 1 or more, was " + slots);
    }

    /** The llama-server mode's slots, or null when it is off. */
    SlotContext slotContext() {
        return contextPerSlot == 0 ? null : new SlotContext(contextPerSlot, slots);
    }

    /** The latency before an answer with {@code outputTokens} tokens. */
    Duration latency(int outputTokens) {
        return latencyPerRequest.plus(latencyPerOutputToken.multipliedBy(outputTokens));
    }

    private static void notNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        require(!duration.isNegative(), name + " must not be negative, was " + duration);
    }

    private static void rate(double rate, String name) {
        require(rate >= 0 && rate <= 1, name + " must be between 0 and 1, was " + rate);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
