package warta.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.ChatModel;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import warta.core.error.CancelledException;
import warta.core.error.ModelException;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.model.RetryPolicy;
import warta.core.model.RetryingChatModel;
import warta.core.testing.FakeModel;

class ModelStatsTest {

    @Test
    void should_count_answers_tokens_and_failures_by_kind() {
        ModelStats stats = new ModelStats();
        AtomicBoolean fail = new AtomicBoolean();
        ChatModel model = stats.measure(FakeModel.answering(request -> {
            if (fail.get()) {
                throw new ModelException(ModelException.Kind.TIMEOUT, "no answer within 120 s");
            }
            return "Floods covered 120 houses.";
        }));

        model.chat("Banjir merendam 120 rumah.");
        model.chat("Warga mengungsi.");
        fail.set(true);
        assertThatThrownBy(() -> model.chat("Petugas datang.")).isInstanceOf(ModelException.class);

        assertThat(stats.requests()).isEqualTo(2);
        assertThat(stats.inputTokens()).isPositive();
        assertThat(stats.outputTokens()).isPositive();
        assertThat(stats.failures(ModelException.Kind.TIMEOUT)).isEqualTo(1);
        assertThat(stats.failures(ModelException.Kind.RATE_LIMITED)).isZero();
    }

    @Test
    void should_not_count_a_call_cancelled_by_the_caller_as_a_failure() {
        ModelStats stats = new ModelStats();
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("m")
                .baseUrl("http://127.0.0.1:1/v1")
                .build();
        ChatModel cut = FakeModel.answering(request -> {
            throw new RuntimeException("request failed", new java.io.InterruptedIOException("interrupted"));
        });
        ChatModel model = stats.measure(new RetryingChatModel(cut, config, RetryPolicy.of(2)));

        assertThatThrownBy(() -> model.chat("Banjir merendam 120 rumah.")).isInstanceOf(CancelledException.class);

        for (ModelException.Kind kind : ModelException.Kind.values()) {
            assertThat(stats.failures(kind)).as(kind.name()).isZero();
        }
    }
}
