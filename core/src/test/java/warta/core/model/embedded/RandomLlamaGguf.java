package warta.core.model.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a model file of llama architecture with random weights: the shapes of a real model
 * without its knowledge, so its answers are garbage. A tool for tests and benchmarks.
 *
 * <p>The tokenizer is SentencePiece-style ({@code tokenizer.ggml.model = llama}) with byte
 * fallback: {@code <unk>}, {@code <s>}, {@code </s>}, the 256 byte tokens {@code <0x00>} ..
 * {@code <0xFF>}, the ChatML control tokens {@code <|im_start|>} and {@code <|im_end|>} (the
 * end-of-sequence token), then single letters and common English and Indonesian words, then
 * made-up pieces up to the vocabulary size. The chat template is {@link #CHATML} unless another
 * is given.
 */
public final class RandomLlamaGguf {

    /** A ChatML chat template in Jinja, as instruction-tuned models ship it. */
    public static final String CHATML = "{% for message in messages %}"
            + "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
            + "{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    /** Id of {@code <|im_end|>}, the end-of-sequence token. */
    public static final int IM_END = 3 + 256 + 1;

    private static final String WORDS = "the of and to in a is that for on with as was by it at from be are"
            + " this said have has which an not but were he she they we his her their government president"
            + " minister people police city year news report state law court yang dan di ini itu dengan untuk"
            + " dari pada tidak dalam akan juga ke oleh ada kata para telah sebagai bisa karena atau pemerintah"
            + " presiden menteri warga polisi kota tahun berita kami mereka saat sudah lebih Jakarta Indonesia";

    /**
     * The shape of a llama-architecture model.
     *
     * @param layers          transformer blocks
     * @param embedding       hidden size; a multiple of 32 for quantised types
     * @param heads           attention heads
     * @param kvHeads         key/value heads (grouped-query attention)
     * @param feedForward     feed-forward size
     * @param contextLength   trained context length written to the file
     * @param vocabulary      tokens, at least the 261 fixed ones plus the letters and words
     * @param type            encoding of the matrices (norms are always F32)
     * @param tiedEmbeddings  whether the output layer reuses the token embeddings
     */
    public record Shape(
            int layers,
            int embedding,
            int heads,
            int kvHeads,
            int feedForward,
            int contextLength,
            int vocabulary,
            GgmlType type,
            boolean tiedEmbeddings) {

        public Shape {
            Objects.requireNonNull(type, "type");
            if (embedding % heads != 0 || heads % kvHeads != 0) {
                throw new IllegalArgumentException("embedding must divide by heads and heads by kvHeads: " + embedding
                        + "/" + heads + "/" + kvHeads);
            }
        }

        int kvEmbedding() {
            return embedding / heads * kvHeads;
        }
    }

    private RandomLlamaGguf() {}

    /** Writes a model of {@code shape} with the ChatML template; same seed, same file. */
    public static void write(Path file, Shape shape, long seed) throws IOException {
        write(file, shape, CHATML, seed);
    }

    /** Writes a model of {@code shape} whose {@code tokenizer.chat_template} is {@code chatTemplate}. */
    public static void write(Path file, Shape shape, String chatTemplate, long seed) throws IOException {
        GgufWriter gguf = new GgufWriter()
                .put("general.architecture", "llama")
                .put("general.name", "warta-random-llama")
                .putUint32("llama.context_length", shape.contextLength())
                .putUint32("llama.embedding_length", shape.embedding())
                .putUint32("llama.block_count", shape.layers())
                .putUint32("llama.feed_forward_length", shape.feedForward())
                .putUint32("llama.attention.head_count", shape.heads())
                .putUint32("llama.attention.head_count_kv", shape.kvHeads())
                .putUint32("llama.rope.dimension_count", shape.embedding() / shape.heads())
                .putFloat32("llama.rope.freq_base", 10000f)
                .putFloat32("llama.attention.layer_norm_rms_epsilon", 1e-5f)
                .putUint32(
                        "general.file_type", shape.type() == GgmlType.F32 ? 0 : shape.type() == GgmlType.Q8_0 ? 7 : 2);
        vocabulary(gguf, shape.vocabulary(), "<|im_start|>", "<|im_end|>");
        gguf.put("tokenizer.chat_template", chatTemplate);
        tensors(gguf, shape, seed);
        gguf.write(file);
    }

    /**
     * Writes the vocabulary with {@code startTurn} and {@code endTurn} as the two control tokens at
     * ids {@code IM_END - 1} and {@link #IM_END}; the latter is the end-of-sequence token.
     */
    static void vocabulary(GgufWriter gguf, int size, String startTurn, String endTurn) {
        List<String> tokens = tokens(size, startTurn, endTurn);
        float[] scores = new float[size];
        int[] types = new int[size];
        for (int i = 0; i < size; i++) {
            scores[i] = -i;
            types[i] = i == 0 ? 2 : i < 3 || i == IM_END - 1 || i == IM_END ? 3 : i < 259 ? 6 : 1;
        }
        gguf.put("tokenizer.ggml.model", "llama")
                .putStrings("tokenizer.ggml.tokens", tokens)
                .putFloats("tokenizer.ggml.scores", scores)
                .putInts("tokenizer.ggml.token_type", types)
                .putUint32("tokenizer.ggml.bos_token_id", 1)
                .putUint32("tokenizer.ggml.eos_token_id", IM_END)
                .putUint32("tokenizer.ggml.unknown_token_id", 0)
                .putBool("tokenizer.ggml.add_bos_token", false);
    }

    static List<String> tokens(int size) {
        return tokens(size, "<|im_start|>", "<|im_end|>");
    }

    private static List<String> tokens(int size, String startTurn, String endTurn) {
        Set<String> tokens = new LinkedHashSet<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
        }
        tokens.addAll(List.of(startTurn, endTurn, "\u2581"));
        for (char c = 'a'; c <= 'z'; c++) {
            tokens.add(String.valueOf(c));
            tokens.add(String.valueOf(Character.toUpperCase(c)));
        }
        for (String word : WORDS.split(" ")) {
            tokens.add("\u2581" + word);
        }
        if (tokens.size() > size) {
            throw new IllegalArgumentException("a vocabulary needs at least " + tokens.size() + " tokens, not " + size);
        }
        for (int i = 0; tokens.size() < size; i++) {
            tokens.add("\u2581w" + Integer.toString(i, 36));
        }
        return new ArrayList<>(tokens);
    }

    private static void tensors(GgufWriter gguf, Shape s, long seed) {
        long n = s.embedding();
        float scale = (float) (1 / Math.sqrt(n));
        gguf.random("token_embd.weight", s.type(), 1f, seed, n, s.vocabulary());
        gguf.ones("output_norm.weight", n);
        if (!s.tiedEmbeddings()) {
            gguf.random("output.weight", s.type(), scale, seed + 1, n, s.vocabulary());
        }
        for (int l = 0; l < s.layers(); l++) {
            String p = "blk." + l + ".";
            long k = seed + 100L * (l + 1);
            gguf.ones(p + "attn_norm.weight", n)
                    .random(p + "attn_q.weight", s.type(), scale, k, n, n)
                    .random(p + "attn_k.weight", s.type(), scale, k + 1, n, s.kvEmbedding())
                    .random(p + "attn_v.weight", s.type(), scale, k + 2, n, s.kvEmbedding())
                    .random(p + "attn_output.weight", s.type(), scale, k + 3, n, n)
                    .ones(p + "ffn_norm.weight", n)
                    .random(p + "ffn_gate.weight", s.type(), scale, k + 4, n, s.feedForward())
                    .random(p + "ffn_up.weight", s.type(), scale, k + 5, n, s.feedForward())
                    .random(
                            p + "ffn_down.weight",
                            s.type(),
                            (float) (1 / Math.sqrt(s.feedForward())),
                            k + 6,
                            s.feedForward(),
                            n);
        }
    }
}
