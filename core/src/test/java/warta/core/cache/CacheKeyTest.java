package warta.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;

class CacheKeyTest {

    private static final ModelConfig CONFIG = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("gpt-4o-mini")
            .baseUrl("http://127.0.0.1:1/v1")
            .build();

    private static ChatRequest.Builder request() {
        return ChatRequest.builder()
                .messages(SystemMessage.from("Terjemahkan. v1"), UserMessage.from("Banjir merendam 120 rumah."));
    }

    private static String key(ModelConfig config, ChatRequest.Builder request) {
        return CacheKey.of(config, request.build());
    }

    private static String key(UnaryOperator<ModelConfig.Builder> config) {
        return key(
                config.apply(ModelConfig.builder()
                                .provider(Provider.OPENAI)
                                .model("gpt-4o-mini")
                                .baseUrl("http://127.0.0.1:1/v1"))
                        .build(),
                request());
    }

    private static ResponseFormat schema(String property) {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name("summary")
                        .rootElement(JsonObjectSchema.builder()
                                .addStringProperty(property)
                                .build())
                        .build())
                .build();
    }

    @Test
    void should_give_the_same_key_for_the_same_request() {
        assertThat(key(CONFIG, request())).isEqualTo(key(CONFIG, request())).hasSize(64);
    }

    @Test
    void should_change_the_key_with_each_setting_that_changes_the_answer() {
        String base = key(CONFIG, request());

        assertThat(List.of(
                        key(b -> b.provider(Provider.OLLAMA)),
                        key(b -> b.baseUrl("http://127.0.0.1:2/v1")),
                        key(b -> b.model("gpt-4o")),
                        key(b -> b.temperature(0.7)),
                        key(b -> b.maxOutputTokens(100)),
                        key(b -> b.contextTokens(4096))))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void should_not_change_the_key_with_settings_that_change_no_answer() {
        String base = key(CONFIG, request());

        assertThat(key(b -> b.apiKey("sk-rahasia"))).isEqualTo(base);
        assertThat(key(b -> b.timeout(Duration.ofSeconds(5)).maxRetries(0))).isEqualTo(base);
    }

    @Test
    void should_change_the_key_with_every_message_and_role() {
        String base = key(CONFIG, request());
        ChatRequest.Builder otherText = ChatRequest.builder()
                .messages(SystemMessage.from("Terjemahkan. v1"), UserMessage.from("Banjir merendam 121 rumah."));
        ChatRequest.Builder otherPrompt = ChatRequest.builder()
                .messages(SystemMessage.from("Terjemahkan. v2"), UserMessage.from("Banjir merendam 120 rumah."));
        ChatRequest.Builder otherRoles = ChatRequest.builder()
                .messages(UserMessage.from("Terjemahkan. v1"), UserMessage.from("Banjir merendam 120 rumah."));
        ChatRequest.Builder joined =
                ChatRequest.builder().messages(SystemMessage.from("Terjemahkan. v1Banjir merendam 120 rumah."));

        assertThat(List.of(
                        key(CONFIG, otherText), key(CONFIG, otherPrompt), key(CONFIG, otherRoles), key(CONFIG, joined)))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void should_change_the_key_with_the_response_format_and_the_request_parameters() {
        String base = key(CONFIG, request());

        assertThat(List.of(
                        key(CONFIG, request().responseFormat(schema("headline"))),
                        key(CONFIG, request().responseFormat(schema("judul"))),
                        key(CONFIG, request().temperature(0.3)),
                        key(CONFIG, request().maxOutputTokens(50)),
                        key(CONFIG, request().stopSequences(List.of("###")))))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void should_tell_in_process_model_files_apart_by_the_file_not_the_name_typed(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.gguf"), "model a");
        java.nio.file.Files.createDirectories(dir.resolve("other"));
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("other/a.gguf"), "model b, longer");
        ModelConfig first = ModelConfig.builder()
                .provider(Provider.EMBEDDED)
                .model(a.toString())
                .build();
        ModelConfig same = ModelConfig.builder()
                .provider(Provider.EMBEDDED)
                .model(dir.resolve("other/../a.gguf").toString())
                .build();
        ModelConfig other = ModelConfig.builder()
                .provider(Provider.EMBEDDED)
                .model(b.toString())
                .build();

        assertThat(key(first, request())).isEqualTo(key(same, request()));
        assertThat(key(first, request())).isNotEqualTo(key(other, request()));
        String before = key(first, request());
        java.nio.file.Files.writeString(a, "model a, replaced by a bigger file");
        assertThat(key(first, request())).as("a file replaced at the same path").isNotEqualTo(before);
    }
}
