package warta.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.chunk.TokenCounter;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;
import warta.core.model.ServerLimits;

class ContextGuardTest {

    /** One token per character: easy to reason about. */
    private static final TokenCounter CHARS = String::length;

    private final List<ChatRequest> sent = new ArrayList<>();
    private final ChatModel model = new ChatModel() {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            sent.add(request);
            return ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();
        }
    };

    private ChatRequest request(int userChars, Integer maxTokens) {
        ChatRequest.Builder builder =
                ChatRequest.builder().messages(SystemMessage.from("sys"), UserMessage.from("x".repeat(userChars)));
        if (maxTokens != null) {
            builder.maxOutputTokens(maxTokens);
        }
        return builder.build();
    }

    @Test
    void should_send_a_request_that_fits_with_its_answer() {
        ContextGuard guard = new ContextGuard(model, new ServerLimits(200, 1, null, 1, "test"), CHARS, 100);

        // 3 + 8 + 81 + 8 = 100 prompt tokens, + 100 for the answer = 200: fits exactly
        guard.chat(request(81, null));

        assertThat(sent).hasSize(1);
    }

    @Test
    void should_not_send_a_request_whose_answer_would_run_past_the_context() {
        ContextGuard guard =
                new ContextGuard(model, new ServerLimits(200, 1, null, 1, "llama-server GET /props"), CHARS, 100);

        ModelException e = catchThrowableOfType(ModelException.class, () -> guard.chat(request(82, null)));

        assertThat(sent).isEmpty();
        assertThat(e.kind()).isEqualTo(ModelException.Kind.CONTEXT_LENGTH);
        assertThat(e.retriable()).isFalse();
        assertThat(e.getMessage())
                .contains("101 prompt tokens + 100 for the answer > 200 tokens per request, llama-server GET /props")
                .contains("--chunk-tokens");
        SettingNames properties = new SettingNames() {
            @Override
            public String name(String key) {
                return "warta." + key;
            }
        };
        assertThat(e.message(properties))
                .endsWith("; lower warta.chunk-tokens or warta.max-output-tokens")
                .doesNotContain("--");
    }

    @Test
    void should_count_the_max_tokens_the_request_itself_asks_for() {
        ContextGuard guard = new ContextGuard(model, new ServerLimits(200, 1, null, 1, "test"), CHARS, 100);

        guard.chat(request(150, 10));
        catchThrowableOfType(ModelException.class, () -> guard.chat(request(150, 40)));

        assertThat(sent).hasSize(1);
    }
}
