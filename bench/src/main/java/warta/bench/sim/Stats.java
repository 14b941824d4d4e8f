package warta.bench.sim;

/**
 * What a {@link SimulatedModelServer} has done so far; a snapshot, not a live view. Only
 * {@code POST /v1/chat/completions} requests are counted.
 *
 * @param requests               chat requests received, whatever became of them
 * @param answered               requests answered in full with 200
 * @param rateLimited            429s, from the concurrency cap or injected
 * @param serverErrors           injected 500s
 * @param hung                   requests accepted and never answered
 * @param truncated              answers cut off halfway through the body
 * @param inputTokens            rough prompt tokens of the answered requests (characters / 4)
 * @param outputTokens           rough completion tokens of the answered requests (characters / 4)
 * @param maxConcurrent          the most chat requests in flight at once, counting those refused by the cap
 * @param simulatedLatencyMillis the latency slept for the answered requests, summed
 */
public record Stats(
        long requests,
        long answered,
        long rateLimited,
        long serverErrors,
        long hung,
        long truncated,
        long inputTokens,
        long outputTokens,
        long maxConcurrent,
        long simulatedLatencyMillis) {

    /** What happened between {@code before} and {@code now}; maxConcurrent is the later peak. */
    public static Stats since(Stats now, Stats before) {
        return new Stats(
                now.requests - before.requests,
                now.answered - before.answered,
                now.rateLimited - before.rateLimited,
                now.serverErrors - before.serverErrors,
                now.hung - before.hung,
                now.truncated - before.truncated,
                now.inputTokens - before.inputTokens,
                now.outputTokens - before.outputTokens,
                now.maxConcurrent,
                now.simulatedLatencyMillis - before.simulatedLatencyMillis);
    }

    @Override
    public String toString() {
        return "requests=" + requests + " answered=" + answered + " rateLimited=" + rateLimited
                + " serverErrors=" + serverErrors + " hung=" + hung + " truncated=" + truncated
                + " inputTokens=" + inputTokens + " outputTokens=" + outputTokens
                + " maxConcurrent=" + maxConcurrent + " simulatedLatencyMillis=" + simulatedLatencyMillis;
    }
}
