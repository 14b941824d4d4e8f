package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * One real request to an OpenAI-compatible server. Runs only when
 * {@code WARTA_IT_OPENAI_BASE_URL} is set; {@code WARTA_IT_OPENAI_API_KEY} and
 * {@code WARTA_IT_OPENAI_MODEL} are optional.
 */
@EnabledIfEnvironmentVariable(named = "WARTA_IT_OPENAI_BASE_URL", matches = ".+")
class OpenAiChatModelIT {

    @Test
    void should_translate_a_greeting() {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl(System.getenv("WARTA_IT_OPENAI_BASE_URL"))
                .apiKey(System.getenv("WARTA_IT_OPENAI_API_KEY"))
                .model(orDefault(System.getenv("WARTA_IT_OPENAI_MODEL"), ModelConfig.OPENAI_MODEL))
                .timeout(Duration.ofSeconds(60))
                .maxOutputTokens(50)
                .build();

        ChatResponse response = ChatModels.create(config)
                .chat(ChatRequest.builder()
                        .messages(UserMessage.from(
                                "Translate into English, answer with the translation only: Selamat pagi"))
                        .build());

        assertThat(response.aiMessage().text()).containsIgnoringCase("morning");
    }

    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
