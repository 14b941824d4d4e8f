package warta.core.chunk;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Built-in {@link TokenCounter}s. Local models use other vocabularies than OpenAI's, so every
 * count is an estimate of their budget; o200k_base is the default because it splits Indonesian
 * text about as finely as the multilingual vocabularies of current open models (Qwen, Llama 3).
 * Counts are exact and memoised word by word (see {@link SegmentCache}).
 */
public final class TokenCounters {

    private TokenCounters() {}

    /** OpenAI's o200k_base vocabulary (GPT-4o and later), through jtokkit. Thread-safe. */
    public static TokenCounter o200k() {
        return O200k.COUNTER;
    }

    /** OpenAI's cl100k_base vocabulary (GPT-4, GPT-3.5), through jtokkit. Thread-safe. */
    public static TokenCounter cl100k() {
        return Cl100k.COUNTER;
    }

    /**
     * The longest token of o200k_base and of cl100k_base, in bytes: both have tokens of 128
     * spaces and none longer ({@code SegmentCacheTest} reads the vocabularies to check).
     */
    static final int LONGEST_TOKEN = 128;

    /**
     * Each encoding is built on first use, and only that one: loading a vocabulary takes a few hundred
     * milliseconds of a command's start (o200k_base alone is 3.6 MB of text to parse).
     */
    private static final class O200k {
        static final TokenCounter COUNTER = of(EncodingType.O200K_BASE);
    }

    private static final class Cl100k {
        static final TokenCounter COUNTER = of(EncodingType.CL100K_BASE);
    }

    private static TokenCounter of(EncodingType type) {
        Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(type);
        return new SegmentCache(text -> text.isEmpty() ? 0 : encoding.countTokensOrdinary(text), LONGEST_TOKEN);
    }
}
