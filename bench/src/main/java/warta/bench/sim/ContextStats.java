package warta.bench.sim;

/**
 * What a {@link SimulatedModelServer} in llama-server mode saw of its context; a snapshot.
 *
 * @param contextPerSlot   the context of one slot, in the server's tokens
 * @param slots            the slots
 * @param truncatedPrompts chat requests whose prompt was longer than a slot and was cut silently
 * @param contextOverflows chat requests whose prompt fit but whose {@code max_tokens} did not
 * @param tokenizeCalls    {@code POST /tokenize} requests
 * @param propsCalls       {@code GET /props} requests
 * @param largestRequest   the most prompt tokens plus {@code max_tokens} one chat request asked for
 */
public record ContextStats(
        int contextPerSlot,
        int slots,
        int truncatedPrompts,
        int contextOverflows,
        int tokenizeCalls,
        int propsCalls,
        long largestRequest) {

    @Override
    public String toString() {
        return "contextPerSlot=" + contextPerSlot + " slots=" + slots + " truncatedPrompts=" + truncatedPrompts
                + " contextOverflows=" + contextOverflows + " tokenizeCalls=" + tokenizeCalls + " propsCalls="
                + propsCalls + " largestRequest=" + largestRequest;
    }
}
