package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.ModelException;
import warta.core.model.embedded.RandomArchitectureGguf.Architecture;

/**
 * Which architectures of the catalogue's candidates the bundled llama.cpp (java-llama.cpp 4.2.0,
 * llama.cpp b4916) can run, checked on random-weight files of each: Qwen2 (Qwen2.5, the default)
 * and Gemma 3 (Gemma 3 4B, TranslateGemma) load and generate; Qwen3 (Qwen3-4B-Instruct-2507) is
 * unknown to it.
 */
class EmbeddedArchitecturesTest {

    /**
     * Small, but with heads of another width than width / heads, as Gemma 3 4B has, and 6 layers:
     * llama.cpp b4916 makes every 6th Gemma 3 layer global and the others sliding-window, and a model
     * without a global layer crashes the process at its first evaluation (the unused global mask
     * gets no buffer); every real Gemma 3 has one.
     */
    private static final RandomLlamaGguf.Shape SHAPE =
            new RandomLlamaGguf.Shape(6, 64, 4, 2, 128, 8192, 600, GgmlType.F32, true);

    private static final int HEAD_DIM = 32;

    @TempDir
    static Path dir;

    private static ChatRequest request() {
        return ChatRequest.builder()
                .messages(
                        SystemMessage.from("Translate to English."),
                        UserMessage.from("Presiden meresmikan jalan tol baru di Jakarta."))
                .build();
    }

    private static Path write(Architecture architecture) throws Exception {
        Path file = dir.resolve("random-" + architecture.ggufName() + ".gguf");
        // Qwen2 (as b4916 loads it) has heads of width / heads; the others may be wider or narrower
        int headDim = architecture == Architecture.QWEN2 ? SHAPE.embedding() / SHAPE.heads() : HEAD_DIM;
        RandomArchitectureGguf.write(file, architecture, SHAPE, headDim, 11);
        return file;
    }

    @Test
    void should_load_a_gemma3_model_and_generate_with_the_template_from_its_file() throws Exception {
        LlamaChatModel model = LlamaChatModel.open(write(Architecture.GEMMA3), TinyGguf.settings(dir));

        String prompt = model.prompt(request());
        ChatResponse response = model.chat(request());

        assertThat(prompt)
                .isEqualTo("<start_of_turn>user\nTranslate to English.\n\n"
                        + "Presiden meresmikan jalan tol baru di Jakarta.<end_of_turn>\n<start_of_turn>model\n");
        assertThat(response.tokenUsage().inputTokenCount()).isGreaterThan(10);
        assertThat(response.tokenUsage().outputTokenCount()).isBetween(1, 32);
    }

    @Test
    void should_load_a_qwen2_model_and_generate_with_chatml_from_its_file() throws Exception {
        LlamaChatModel model = LlamaChatModel.open(write(Architecture.QWEN2), TinyGguf.settings(dir));

        String prompt = model.prompt(request());
        ChatResponse response = model.chat(request());

        assertThat(prompt).startsWith("<|im_start|>system\nTranslate to English.<|im_end|>\n<|im_start|>user\n");
        assertThat(response.tokenUsage().outputTokenCount()).isBetween(1, 32);
    }

    @Test
    void should_read_the_architecture_from_the_file_and_nothing_from_a_file_that_is_not_gguf() throws Exception {
        Path notGguf = java.nio.file.Files.writeString(dir.resolve("notes.gguf"), "not a model");

        assertThat(GgufArchitecture.of(write(Architecture.GEMMA3))).hasValue("gemma3");
        assertThat(GgufArchitecture.of(TinyGguf.write(dir, "tiny.gguf"))).hasValue("llama");
        assertThat(GgufArchitecture.of(notGguf)).isEmpty();
        assertThat(GgufArchitecture.of(dir.resolve("missing.gguf"))).isEmpty();
    }

    @Test
    void should_refuse_a_qwen3_model_since_the_bundled_llama_cpp_predates_the_architecture() throws Exception {
        Path file = write(Architecture.QWEN3);

        assertThatThrownBy(() -> LlamaChatModel.open(file, TinyGguf.settings(dir)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(file + ": llama.cpp could not load this model (its architecture is 'qwen3':"
                        + " either the bundled llama.cpp b4916 does not know it, as with qwen3, which needs b5092 or"
                        + " later, or the file is damaged)");
    }
}
