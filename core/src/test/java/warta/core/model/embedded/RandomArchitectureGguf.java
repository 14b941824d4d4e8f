package warta.core.model.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a random-weight model of one of the architectures the catalogue considers besides
 * {@code llama} ({@link RandomLlamaGguf}): Qwen2 ({@code qwen2}, Qwen2.5's), Gemma 3
 * ({@code gemma3}, TranslateGemma's and Gemma 3's) or Qwen3 ({@code qwen3}). The tensors and
 * hyperparameter keys are those llama.cpp's {@code llama-model.cpp} requires for the architecture
 * ({@code LLM_ARCH_QWEN2}, {@code LLM_ARCH_GEMMA3}, {@code LLM_ARCH_QWEN3} in
 * {@code load_hparams} and {@code load_tensors}); the vocabulary is {@link RandomLlamaGguf}'s with the architecture's own
 * turn markers. A tool for tests: it shows whether the bundled llama.cpp can load and run a
 * model of that architecture, without downloading one.
 *
 * <p>Both architectures let the attention width differ from the model's width: every head is
 * {@code headDim} wide ({@code attention.key_length} and {@code value_length}), as in Gemma 3 4B
 * (width 2560, 8 heads of 256).
 */
public final class RandomArchitectureGguf {

    /** The architectures this writes, with their GGUF names and chat templates. */
    public enum Architecture {
        /** Qwen2: Llama's blocks with biases on the query, key and value projections; ChatML. */
        QWEN2("qwen2", "<|im_start|>", "<|im_end|>", RandomLlamaGguf.CHATML),
        /**
         * Gemma 3: query/key norms, a norm after attention and after the feed-forward block,
         * sliding-window attention, tied embeddings; Gemma's turn markers.
         */
        GEMMA3("gemma3", "<start_of_turn>", "<end_of_turn>", GEMMA_TEMPLATE),
        /** Qwen3: Llama's blocks plus query/key norms; ChatML. */
        QWEN3("qwen3", "<|im_start|>", "<|im_end|>", RandomLlamaGguf.CHATML);

        private final String ggufName;
        private final String startTurn;
        private final String endTurn;
        private final String template;

        Architecture(String ggufName, String startTurn, String endTurn, String template) {
            this.ggufName = ggufName;
            this.startTurn = startTurn;
            this.endTurn = endTurn;
            this.template = template;
        }

        /** The value of {@code general.architecture}. */
        public String ggufName() {
            return ggufName;
        }
    }

    /**
     * Gemma's chat template in the form Gemma 3's instruct models ship it: no system turn (a system
     * message is put before the first user message), the assistant is {@code model}.
     */
    public static final String GEMMA_TEMPLATE = "{{ bos_token }}"
            + "{% if messages[0]['role'] == 'system' %}"
            + "{% set first_user_prefix = messages[0]['content'] + '\\n\\n' %}"
            + "{% set loop_messages = messages[1:] %}"
            + "{% else %}{% set first_user_prefix = '' %}{% set loop_messages = messages %}{% endif %}"
            + "{% for message in loop_messages %}"
            + "{% if message['role'] == 'assistant' %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}"
            + "{{ '<start_of_turn>' + role + '\\n' + (first_user_prefix if loop.first else '')"
            + " + (message['content'] | trim) + '<end_of_turn>\\n' }}"
            + "{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<start_of_turn>model\\n' }}{% endif %}";

    private RandomArchitectureGguf() {}

    /**
     * Writes a model of {@code architecture} in {@code shape} with heads {@code headDim} wide and
     * the architecture's chat template; same seed, same file. The shape's {@code tiedEmbeddings}
     * decides whether {@code output.weight} is written.
     */
    public static void write(Path file, Architecture architecture, RandomLlamaGguf.Shape shape, int headDim, long seed)
            throws IOException {
        Objects.requireNonNull(architecture, "architecture");
        if (headDim <= 0 || headDim % 2 != 0) {
            throw new IllegalArgumentException("headDim must be positive and even, not " + headDim);
        }
        String a = architecture.ggufName();
        GgufWriter gguf = new GgufWriter()
                .put("general.architecture", a)
                .put("general.name", "warta-random-" + a)
                .putUint32(a + ".context_length", shape.contextLength())
                .putUint32(a + ".embedding_length", shape.embedding())
                .putUint32(a + ".block_count", shape.layers())
                .putUint32(a + ".feed_forward_length", shape.feedForward())
                .putUint32(a + ".attention.head_count", shape.heads())
                .putUint32(a + ".attention.head_count_kv", shape.kvHeads())
                .putUint32(a + ".attention.key_length", headDim)
                .putUint32(a + ".attention.value_length", headDim)
                .putFloat32(a + ".rope.freq_base", architecture == Architecture.GEMMA3 ? 1_000_000f : 10_000f)
                .putFloat32(a + ".attention.layer_norm_rms_epsilon", 1e-6f)
                .putUint32(
                        "general.file_type", shape.type() == GgmlType.F32 ? 0 : shape.type() == GgmlType.Q8_0 ? 7 : 2);
        if (architecture == Architecture.GEMMA3) {
            gguf.putUint32(a + ".attention.sliding_window", Math.min(512, shape.contextLength()));
        }
        RandomLlamaGguf.vocabulary(gguf, shape.vocabulary(), architecture.startTurn, architecture.endTurn);
        gguf.put("tokenizer.chat_template", architecture.template);
        tensors(gguf, architecture, shape, headDim, seed);
        gguf.write(file);
    }

    private static void tensors(GgufWriter gguf, Architecture arch, RandomLlamaGguf.Shape s, int headDim, long seed) {
        long n = s.embedding();
        long q = (long) headDim * s.heads();
        long kv = (long) headDim * s.kvHeads();
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
                    .random(p + "attn_q.weight", s.type(), scale, k, n, q)
                    .random(p + "attn_k.weight", s.type(), scale, k + 1, n, kv)
                    .random(p + "attn_v.weight", s.type(), scale, k + 2, n, kv);
            if (arch == Architecture.QWEN2) {
                gguf.random(p + "attn_q.bias", GgmlType.F32, scale, k + 7, q)
                        .random(p + "attn_k.bias", GgmlType.F32, scale, k + 8, kv)
                        .random(p + "attn_v.bias", GgmlType.F32, scale, k + 9, kv);
            } else {
                gguf.ones(p + "attn_q_norm.weight", headDim).ones(p + "attn_k_norm.weight", headDim);
            }
            gguf.random(p + "attn_output.weight", s.type(), (float) (1 / Math.sqrt(q)), k + 3, q, n);
            if (arch == Architecture.GEMMA3) {
                gguf.ones(p + "post_attention_norm.weight", n);
            }
            gguf.ones(p + "ffn_norm.weight", n)
                    .random(p + "ffn_gate.weight", s.type(), scale, k + 4, n, s.feedForward())
                    .random(p + "ffn_up.weight", s.type(), scale, k + 5, n, s.feedForward())
                    .random(
                            p + "ffn_down.weight",
                            s.type(),
                            (float) (1 / Math.sqrt(s.feedForward())),
                            k + 6,
                            s.feedForward(),
                            n);
            if (arch == Architecture.GEMMA3) {
                gguf.ones(p + "post_ffw_norm.weight", n);
            }
        }
    }
}
