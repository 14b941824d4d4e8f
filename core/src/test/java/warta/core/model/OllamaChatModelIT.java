package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * One real request to an Ollama server. Runs only when {@code WARTA_IT_OLLAMA_HOST} is set (in
 * any form {@code OLLAMA_HOST} accepts); {@code WARTA_IT_OLLAMA_MODEL} is optional.
 */
@EnabledIfEnvironmentVariable(named = "WARTA_IT_OLLAMA_HOST", matches = ".+")
class OllamaChatModelIT {

    @Test
    void should_translate_a_greeting() {
        ModelConfig config = new ModelConfigResolver(
                        Map.of("OLLAMA_HOST", System.getenv("WARTA_IT_OLLAMA_HOST")),
                        Path.of("does-not-exist.properties"))
                .resolve(Map.of(
                        "model",
                        OpenAiChatModelIT.orDefault(System.getenv("WARTA_IT_OLLAMA_MODEL"), ModelConfig.OLLAMA_MODEL),
                        "max-output-tokens",
                        "50"));

        ChatResponse response = ChatModels.create(config)
                .chat(ChatRequest.builder()
                        .messages(UserMessage.from(
                                "Translate into English, answer with the translation only: Selamat pagi"))
                        .build());

        assertThat(response.aiMessage().text()).containsIgnoringCase("morning");
        assertThat(response.tokenUsage().inputTokenCount()).isPositive();
    }
}
