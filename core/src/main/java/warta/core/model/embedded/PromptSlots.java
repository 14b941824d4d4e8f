package warta.core.model.embedded;

import java.util.Arrays;

/**
 * What each of llama.cpp's slots holds in its KV cache, as Warta can tell, and which slot a
 * prompt should go to: the slot of the conversation it continues (more than half of what the slot
 * holds is a prefix of the prompt, as llama.cpp's own slot similarity), else an empty or the least
 * recently used one. So the requests of one article land on the slot that holds their prefix while
 * other articles use the others.
 *
 * <p>The reuse is counted as llama.cpp's server counts it with {@code cache_prompt}: the longest
 * common prefix of the slot's tokens and the prompt's, less one when it is the whole prompt (one
 * token is always evaluated, for its logits). The library (java-llama.cpp 4.2.0) drops the
 * completion's {@code tokens_cached} and timings, so a slot's tokens are remembered here: the
 * tokens of the prompt followed by the answer's text, as the tokenizer reads them (llama.cpp keeps
 * the tokens it generated, which are the same unless the model wrote a token sequence the
 * tokenizer would not).
 *
 * <p>Not thread-safe: {@link LlamaEngine} uses it under its lock.
 */
final class PromptSlots {

    /** A slot and how many of the prompt's tokens it already holds. */
    record Choice(int slot, int cachedTokens) {}

    private final int[][] tokens;
    private final long[] lastUsed;
    private long clock;

    PromptSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1, not " + slots);
        }
        tokens = new int[slots][0];
        lastUsed = new long[slots];
    }

    int size() {
        return tokens.length;
    }

    /**
     * The slot for {@code prompt}: among the slots whose tokens the prompt shares for more than
     * half (the conversation it continues), the one sharing the longest prefix; else an empty
     * slot, else the least recently used one, so a new conversation does not evict another's.
     */
    Choice choose(int[] prompt) {
        int best = -1;
        int bestPrefix = 0;
        for (int slot = 0; slot < tokens.length; slot++) {
            int prefix = commonPrefix(tokens[slot], prompt);
            if (prefix * 2 > tokens[slot].length && prefix > bestPrefix) {
                best = slot;
                bestPrefix = prefix;
            }
        }
        if (best < 0) {
            best = leastRecentlyUsed();
            bestPrefix = commonPrefix(tokens[best], prompt);
        }
        lastUsed[best] = ++clock;
        int cached = bestPrefix == prompt.length ? Math.max(0, bestPrefix - 1) : bestPrefix;
        return new Choice(best, cached);
    }

    private int leastRecentlyUsed() {
        int oldest = 0;
        for (int slot = 1; slot < tokens.length; slot++) {
            if (lastUsed[slot] < lastUsed[oldest]) {
                oldest = slot;
            }
        }
        return oldest;
    }

    /** After a finished request: {@code slot} holds these tokens, the prompt's and then the answer's. */
    void remember(int slot, int[] held) {
        tokens[slot] = held.clone();
    }

    /** After a request that did not finish: what {@code slot} holds is not known, so nothing is counted on. */
    void forget(int slot) {
        tokens[slot] = new int[0];
    }

    static int commonPrefix(int[] a, int[] b) {
        int mismatch = Arrays.mismatch(a, b);
        return mismatch < 0 ? a.length : mismatch;
    }
}
