package warta.bench.sim;

/**
 * The llama-server mode's tokenizer: one token per 3 characters, rounded up, with a fixed
 * overhead per chat message for the chat template. Deterministic and coarser than o200k_base on
 * Indonesian (which runs to about 4.5 characters a token), as the vocabularies of many open models
 * are, so a client that counts with o200k and no margin overruns the context.
 */
final class LlamaTokens {

    /** Characters per token. */
    static final int CHARS = 3;
    /** Tokens the chat template adds per message (role markers, separators). */
    static final int PER_MESSAGE = 4;

    private LlamaTokens() {}

    static int count(String text) {
        return (text.length() + CHARS - 1) / CHARS;
    }

    /** The token ids of {@code text}: one per 3 characters, each a hash of its characters. */
    static int[] tokenize(String text) {
        int[] ids = new int[count(text)];
        for (int i = 0; i < ids.length; i++) {
            String piece = text.substring(i * CHARS, Math.min(text.length(), (i + 1) * CHARS));
            ids[i] = Math.floorMod(piece.hashCode(), 32000);
        }
        return ids;
    }
}
