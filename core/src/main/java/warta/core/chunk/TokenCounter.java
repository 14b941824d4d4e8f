package warta.core.chunk;

/**
 * Counts the tokens a model would see for a text. Implementations must be thread-safe and
 * deterministic; see {@link TokenCounters} for the built-in ones.
 */
@FunctionalInterface
public interface TokenCounter {

    /** The number of tokens in {@code text}; 0 for the empty string. */
    int count(String text);

    /**
     * The number of tokens in {@code text} when it is at most {@code limit}; otherwise any number
     * above {@code limit}. For callers that only need to know whether a text fits: a counter that
     * can tell that a text is over the limit without counting it answers at once (the built-in
     * ones do for a text too long to be {@code limit} of their longest tokens). By default the
     * text is counted.
     */
    default int countUpTo(String text, int limit) {
        return count(text);
    }
}
