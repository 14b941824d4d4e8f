package warta.core.usage;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the requests and tokens of one article's model work. Thread-safe: the chunks of an
 * article are translated concurrently and all record here.
 */
public final class UsageMeter {

    /** The id of an answer served from the response cache: it cost nothing and is counted apart. */
    public static final String CACHED_RESPONSE_ID = "warta-response-cache";

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong cachedInputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicBoolean estimated = new AtomicBoolean();
    private final long startNanos = System.nanoTime();

    /** Records one request; {@code estimated} when the counts are Warta's own. */
    public void record(long input, long output, boolean wasEstimated) {
        record(input, 0, output, wasEstimated);
    }

    /**
     * Records one request of which {@code cachedInput} of the {@code input} tokens came from the
     * model's prompt cache; {@code estimated} when the counts are Warta's own.
     */
    public void record(long input, long cachedInput, long output, boolean wasEstimated) {
        requests.incrementAndGet();
        inputTokens.addAndGet(input);
        cachedInputTokens.addAndGet(cachedInput);
        outputTokens.addAndGet(output);
        if (wasEstimated) {
            estimated.set(true);
        }
    }

    /** Records one request answered from the response cache. */
    public void recordCached() {
        cached.incrementAndGet();
    }

    public int requests() {
        return requests.get();
    }

    /** The usage so far, with the time since this meter was made. */
    public Usage usage(String provider, String model, String promptVersion) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new Usage(
                provider,
                model,
                promptVersion,
                requests.get(),
                cached.get(),
                inputTokens.get(),
                cachedInputTokens.get(),
                outputTokens.get(),
                estimated.get(),
                millis);
    }
}
