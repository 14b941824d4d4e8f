package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

class LlamaChatModelTest {

    @TempDir
    static Path dir;

    private static Path tiny;

    @BeforeAll
    static void writeModel() {
        tiny = TinyGguf.write(dir, "tiny.gguf");
    }

    private static LlamaChatModel model() {
        return LlamaChatModel.open(tiny, TinyGguf.settings(dir));
    }

    private static ChatRequest request(String text) {
        return ChatRequest.builder()
                .messages(SystemMessage.from("Translate to English."), UserMessage.from(text))
                .build();
    }

    @Test
    void should_answer_with_text_and_token_usage() {
        ChatResponse response = model().chat(request("Presiden meresmikan jalan tol baru di Jakarta."));

        assertThat(response.aiMessage().text()).isNotEmpty();
        assertThat(response.tokenUsage().inputTokenCount()).isGreaterThan(10);
        assertThat(response.tokenUsage().outputTokenCount()).isBetween(1, 32);
    }

    private static long cached(ChatResponse response) {
        return ((dev.langchain4j.model.openai.OpenAiTokenUsage) response.tokenUsage())
                .inputTokensDetails()
                .cachedTokens();
    }

    private static ChatRequest continued(ChatRequest first, ChatResponse answer, String next) {
        List<dev.langchain4j.data.message.ChatMessage> messages = new ArrayList<>(first.messages());
        messages.add(answer.aiMessage());
        messages.add(UserMessage.from(next));
        return ChatRequest.builder().messages(messages).build();
    }

    @Test
    void should_report_the_prefix_the_next_request_of_a_conversation_reuses_from_the_cache() {
        LlamaChatModel model = model();
        ChatRequest first = ChatRequest.builder()
                .messages(
                        SystemMessage.from("Terjemahkan ke bahasa Inggris, percakapan satu."),
                        UserMessage.from("Gubernur meninjau banjir di Bekasi pada Senin pagi."))
                .build();
        ChatResponse answer = model.chat(first);

        ChatResponse next = model.chat(continued(first, answer, "Sekarang ringkaslah."));

        assertThat(cached(answer)).isLessThan(answer.tokenUsage().inputTokenCount() / 2);
        assertThat(cached(next)).isGreaterThan(answer.tokenUsage().inputTokenCount());
        assertThat(cached(next)).isLessThan(next.tokenUsage().inputTokenCount());
    }

    @Test
    void should_keep_each_conversation_on_its_own_slot() {
        LlamaChatModel model = LlamaChatModel.open(
                tiny,
                EmbeddedSettings.builder()
                        .contextTokens(2048)
                        .maxOutputTokens(16)
                        .threads(1)
                        .nativeDir(dir)
                        .slots(2)
                        .build());
        ChatRequest a = request("Harga beras naik di pasar induk Cipinang minggu ini menurut pedagang.");
        ChatRequest b = request("Kereta cepat Jakarta Bandung mengangkut ribuan penumpang saat libur panjang.");
        ChatResponse answerA = model.chat(a);
        ChatResponse answerB = model.chat(b);

        ChatResponse nextA = model.chat(continued(a, answerA, "Ringkaslah."));
        ChatResponse nextB = model.chat(continued(b, answerB, "Ringkaslah."));

        assertThat(cached(nextA)).isGreaterThan(answerA.tokenUsage().inputTokenCount());
        assertThat(cached(nextB)).isGreaterThan(answerB.tokenUsage().inputTokenCount());
    }

    @Test
    void should_give_the_same_answer_to_the_same_request() {
        String first =
                model().chat(request("Polisi menutup jalan.")).aiMessage().text();
        String second =
                model().chat(request("Polisi menutup jalan.")).aiMessage().text();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_stop_at_the_requested_number_of_output_tokens() {
        ChatRequest request = ChatRequest.builder()
                .messages(UserMessage.from("Halo"))
                .maxOutputTokens(3)
                .build();

        ChatResponse response = model().chat(request);

        assertThat(response.tokenUsage().outputTokenCount()).isLessThanOrEqualTo(3);
    }

    @Test
    void should_build_the_prompt_with_the_chat_template_of_the_gguf_file() {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("S"), UserMessage.from("U"), AiMessage.from("A"), UserMessage.from("V"))
                .build();

        assertThat(model().prompt(request))
                .isEqualTo("<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n"
                        + "<|im_start|>assistant\nA<|im_end|>\n<|im_start|>user\nV<|im_end|>\n<|im_start|>assistant\n");
    }

    @Test
    void should_use_a_template_other_than_chatml_when_the_file_has_one() {
        Path custom = TinyGguf.write(
                dir, "custom.gguf", "{% for m in messages %}[{{ m['role'] }}]{{ m['content'] }}{% endfor %}[go]");

        String prompt = LlamaChatModel.open(custom, TinyGguf.settings(dir)).prompt(request("Halo"));

        assertThat(prompt).isEqualTo("[system]Translate to English.[user]Halo[go]");
    }

    @Test
    void should_print_nothing_on_stdout_while_loading_and_answering() {
        Path quiet = TinyGguf.write(dir, "quiet.gguf");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LlamaChatModel.open(quiet, TinyGguf.settings(dir)).chat(request("Halo"));
        } finally {
            System.setOut(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void should_stream_the_same_text_it_answers() throws Exception {
        List<String> pieces = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model().chat(request("Halo"), new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String piece) {
                pieces.add(piece);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });

        assertThat(String.join("", pieces))
                .isEqualTo(done.get(10, TimeUnit.SECONDS).aiMessage().text())
                .isEqualTo(model().chat(request("Halo")).aiMessage().text());
    }

    @Test
    void should_serve_concurrent_callers_one_at_a_time_with_the_same_answers() throws Exception {
        String expected = model().chat(request("Kota")).aiMessage().text();
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(CompletableFuture.supplyAsync(
                    () -> model().chat(request("Kota")).aiMessage().text()));
        }

        for (CompletableFuture<String> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    @Test
    void should_fail_with_context_length_when_the_prompt_does_not_fit() {
        EmbeddedSettings small = EmbeddedSettings.builder()
                .contextTokens(128)
                .maxOutputTokens(16)
                .threads(1)
                .nativeDir(dir)
                .build();
        LlamaChatModel model = LlamaChatModel.open(tiny, small);

        assertThatThrownBy(() -> model.chat(request("kata ".repeat(200))))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONTEXT_LENGTH))
                .hasMessageStartingWith(
                        "context length exceeded: lower --chunk-tokens or use a model with a larger context");
    }

    @Test
    void should_name_a_missing_file() {
        Path missing = dir.resolve("missing.gguf");

        assertThatThrownBy(() -> LlamaChatModel.open(missing, TinyGguf.settings(dir)))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST))
                .hasMessage(missing + ": no such model file");
    }

    @Test
    void should_refuse_a_file_that_is_not_gguf() throws Exception {
        Path text = Files.writeString(dir.resolve("model.gguf"), "not a model");

        assertThatThrownBy(() -> LlamaChatModel.open(text, TinyGguf.settings(dir)))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED))
                .hasMessageContaining(text + ": not a GGUF model file");
    }

    @Test
    void should_refuse_a_damaged_gguf_file() throws Exception {
        Path damaged = dir.resolve("damaged.gguf");
        byte[] bytes = Files.readAllBytes(tiny);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> LlamaChatModel.open(damaged, TinyGguf.settings(dir)))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED))
                .hasMessageContaining(damaged + ": llama.cpp could not load this model");
    }

    @Test
    void should_let_a_jvm_exit_when_main_returns_and_keep_its_stdout_clean() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExitingMain.class.getName(),
                        tiny.toString(),
                        dir.resolve("child").toString())
                .redirectError(dir.resolve("child-stderr.txt").toFile())
                .start();
        String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // ends with main
        boolean exited = child.waitFor(5, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly();
        }

        assertThat(exited)
                .as("the child JVM exits within 5 s of main returning")
                .isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(stdout).matches("answered \\d+ chars" + System.lineSeparator());
        assertThat(Files.readString(dir.resolve("child-stderr.txt"))).doesNotContain("llama_model_loader", "srv ");
    }
}
