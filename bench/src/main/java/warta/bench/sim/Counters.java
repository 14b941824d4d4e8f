package warta.bench.sim;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The server's live counters; thread-safe, lock-free. {@link #snapshot()} reads them into {@link Stats}. */
final class Counters {

    private final LongAdder requests = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder hung = new LongAdder();
    private final LongAdder truncated = new LongAdder();
    private final LongAdder inputTokens = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();
    private final LongAdder latencyMillis = new LongAdder();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong maxConcurrent = new AtomicLong();

    /** Counts a new request and returns how many are in flight with it. */
    int started() {
        requests.increment();
        int now = inFlight.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        return now;
    }

    void finished() {
        inFlight.decrementAndGet();
    }

    void answered(int promptTokens, int completionTokens, long sleptMillis) {
        answered.increment();
        inputTokens.add(promptTokens);
        outputTokens.add(completionTokens);
        latencyMillis.add(sleptMillis);
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void serverError() {
        serverErrors.increment();
    }

    void hung() {
        hung.increment();
    }

    void truncated() {
        truncated.increment();
    }

    Stats snapshot() {
        return new Stats(
                requests.sum(),
                answered.sum(),
                rateLimited.sum(),
                serverErrors.sum(),
                hung.sum(),
                truncated.sum(),
                inputTokens.sum(),
                outputTokens.sum(),
                maxConcurrent.get(),
                latencyMillis.sum());
    }
}
