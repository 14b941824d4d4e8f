package warta.core.chunk;

/**
 * Counts the tokens a model would see for a text. Implementations must be thread-safe and
 * deterministic; see {@link TokenCounters} for the built-in ones.
 */
@FunctionalInterface
public interface TokenCounter {

    /** The number of tokens in {@code text}; 0 for the empty string. */
    int count(String text);
}
