package warta.core.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.batch.AdaptiveLimiter;
import warta.core.cache.ResponseCache;
import warta.core.model.LazyChatModel;
import warta.core.model.ModelConfig;
import warta.core.model.RetryPolicy;
import warta.core.model.RetryingChatModel;
import warta.core.testing.FakeModel;
import warta.core.usage.MeteredChatModel;
import warta.core.usage.ModelStats;
import warta.core.usage.UsageMeter;

/** The in-process model's own counter is found through every wrapper Warta puts around a model. */
class TokenizingModelTest {

    private static final TokenCounter OWN = text -> text.length();

    @TempDir
    Path dir;

    /** A model that counts in its own tokens, as the in-process one does. */
    private record Counting() implements ChatModel, TokenizingModel {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            return ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();
        }

        @Override
        public Optional<TokenCounter> tokenCounter() {
            return Optional.of(OWN);
        }
    }

    @Test
    void should_find_the_models_own_counter_through_warta_s_wrappers() {
        ModelConfig config = ModelConfig.builder().build();
        ChatModel schema = new warta.core.model.SchemaFallback().around(new Counting(), config);
        ChatModel limited = new AdaptiveLimiter(2).around(schema, config);
        ChatModel retried = new RetryingChatModel(limited, config, RetryPolicy.of(0));
        ChatModel lazy = new LazyChatModel(() -> retried);
        ChatModel measured = new ModelStats().measure(lazy);
        ChatModel cached = new ResponseCache(dir, 1 << 20).around(measured, config, true);
        ChatModel metered = new MeteredChatModel(cached, new UsageMeter(), TokenCounters.o200k());

        assertThat(TokenizingModel.of(metered)).containsSame(OWN);
    }

    @Test
    void should_find_none_for_a_model_that_cannot_count() {
        ChatModel model = new RetryingChatModel(
                FakeModel.answering(request -> "ok"), ModelConfig.builder().build(), RetryPolicy.of(0));

        assertThat(TokenizingModel.of(model)).isEmpty();
    }
}
