package warta.core.model.embedded;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import warta.core.chunk.TokenCounter;

/**
 * Counts text in a loaded model's own tokens (llama.cpp's tokenizer, through the library), without
 * the special tokens a chat template adds. Counts are kept per text, since budgets count the same
 * sentences and runs many times; the cache is emptied when it holds {@value #MAX_TEXTS} texts.
 * Thread-safe: tokenizing only reads the vocabulary, so it does not wait for a generation.
 */
final class LlamaTokenCounter implements TokenCounter {

    static final int MAX_TEXTS = 20_000;

    private final ToIntFunction<String> tokenize;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    LlamaTokenCounter(ToIntFunction<String> tokenize) {
        this.tokenize = tokenize;
    }

    @Override
    public int count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Integer known = counts.get(text);
        if (known != null) {
            return known;
        }
        int tokens = tokenize.applyAsInt(text);
        if (counts.size() >= MAX_TEXTS) {
            counts.clear();
        }
        counts.put(text, tokens);
        return tokens;
    }
}
