package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.summarize.SummaryJson;

/** Answers that must be JSON, from the tiny random-weight model: the grammar makes them JSON of the schema's shape. */
class LlamaJsonTest {

    @TempDir
    static Path dir;

    private static LlamaChatModel model;

    @BeforeAll
    static void open() {
        model = LlamaChatModel.open(TinyGguf.write(dir, "tiny.gguf"), TinyGguf.settings(dir));
    }

    private static ChatRequest request(String article, ResponseFormat format) {
        return ChatRequest.builder()
                .messages(SystemMessage.from("Summarize the article as JSON."), UserMessage.from(article))
                .responseFormat(format)
                .maxOutputTokens(2048)
                .build();
    }

    @Test
    void should_declare_that_it_enforces_a_json_schema() {
        assertThat(model.supportedCapabilities()).contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Test
    void should_answer_a_summary_that_parses_whatever_the_weights() {
        for (String article : new String[] {
            "[1] Presiden meresmikan jalan tol baru di Jakarta.",
            "[1] Harga cabai rawit naik menjadi Rp80.000 per kilogram. [2] Pedagang menyebut pasokan berkurang.",
            "[1] Banjir merendam ribuan rumah di Bekasi."
        }) {
            ChatResponse response = model.chat(request(article, SummaryJson.responseFormat()));

            String answer = response.aiMessage().text();
            assertThatCode(() -> SummaryJson.parse(answer)).as(answer).doesNotThrowAnyException();
            assertThat(response.tokenUsage().outputTokenCount()).isLessThan(2048);
        }
    }

    @Test
    void should_begin_a_json_object_when_asked_for_json_without_a_schema() {
        ChatResponse response = model.chat(request("[1] Polisi menutup jalan.", ResponseFormat.JSON).toBuilder()
                .maxOutputTokens(24)
                .build());

        assertThat(response.aiMessage().text())
                .as("unbounded without a schema: cut at the limit")
                .startsWith("{");
    }

    @Test
    void should_count_text_in_the_models_own_tokens() {
        var counter = model.tokenCounter().orElseThrow();
        String text = "Presiden meresmikan jalan tol baru di Jakarta.";

        assertThat(counter.count(text))
                .isPositive()
                .isNotEqualTo(warta.core.chunk.TokenCounters.o200k().count(text));
        assertThat(counter.count(text)).isEqualTo(counter.count(text));
        assertThat(counter.count("")).isZero();
    }

    @Test
    void should_answer_free_text_without_a_response_format() {
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(UserMessage.from("Halo"))
                .maxOutputTokens(16)
                .build());

        assertThat(response.aiMessage().text()).doesNotStartWith("{");
    }
}
