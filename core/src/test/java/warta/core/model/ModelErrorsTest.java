package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.model.internal.ProviderHttpException;

class ModelErrorsTest {

    private final ModelConfig ollama =
            ModelConfig.builder().provider(Provider.OLLAMA).build();
    private final ModelConfig openAi =
            ModelConfig.builder().provider(Provider.OPENAI).apiKey("sk-hidden").build();

    private Kind kindOf(Throwable error) {
        return ModelErrors.classify(error, ollama).kind();
    }

    @Test
    void should_classify_wrapped_network_failures() {
        assertThat(kindOf(new RuntimeException(new ConnectException()))).isEqualTo(Kind.UNREACHABLE);
        ModelException unknownHost = ModelErrors.classify(
                new RuntimeException(new ConnectException().initCause(new UnresolvedAddressException())), ollama);
        assertThat(unknownHost.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(unknownHost.getMessage()).endsWith("unknown host; check --base-url");
        assertThat(unknownHost.message(
                        key -> "WARTA_" + key.toUpperCase(Locale.ROOT).replace('-', '_')))
                .endsWith("unknown host; check WARTA_BASE_URL");
        assertThat(kindOf(new TimeoutException(new HttpConnectTimeoutException("connect timed out"))))
                .isEqualTo(Kind.UNREACHABLE);
        assertThat(kindOf(new TimeoutException(new HttpTimeoutException("request timed out"))))
                .isEqualTo(Kind.TIMEOUT);
        assertThat(kindOf(new RuntimeException(new IOException("connection reset"))))
                .isEqualTo(Kind.SERVER_ERROR);
        assertThat(kindOf(new RuntimeException(new JsonParseException(null, "bad"))))
                .isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void should_say_what_to_do_when_ollama_is_not_running() {
        ModelException error = ModelErrors.classify(new RuntimeException(new ConnectException()), ollama);

        assertThat(error.getMessage())
                .isEqualTo("cannot reach http://127.0.0.1:11434: connection refused; is Ollama running?");
        assertThat(error.retriable()).isTrue();
    }

    @Test
    void should_classify_langchain4j_types_without_a_status() {
        assertThat(kindOf(new RateLimitException("slow down"))).isEqualTo(Kind.RATE_LIMITED);
        assertThat(kindOf(new InvalidRequestException("maximum context length is 4096 tokens")))
                .isEqualTo(Kind.CONTEXT_LENGTH);
        assertThat(kindOf(new InvalidRequestException("bad temperature"))).isEqualTo(Kind.BAD_REQUEST);
    }

    @Test
    void should_not_retry_a_used_up_quota() {
        ModelException error = ModelErrors.classify(
                new RateLimitException(new ProviderHttpException(
                        429, "{\"error\":{\"code\":\"insufficient_quota\"}}", Duration.ofSeconds(1))),
                openAi);

        assertThat(error.retriable()).isFalse();
        assertThat(error.getMessage()).contains("no quota left");
    }

    @Test
    void should_keep_the_retry_after_of_a_503() {
        ModelException error =
                ModelErrors.classify(new ProviderHttpException(503, "overloaded", Duration.ofSeconds(4)), openAi);

        assertThat(error.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(4));
    }

    @Test
    void should_cut_the_key_out_of_messages_and_drop_causes_that_mention_it() {
        ModelException error = ModelErrors.classify(
                new ProviderHttpException(400, "{\"error\":\"bad header Bearer sk-hidden\"}", null), openAi);

        assertThat(error.getMessage()).contains("bad header Bearer ***").doesNotContain("sk-hidden");
        assertThat(error).hasNoCause();
    }
}
