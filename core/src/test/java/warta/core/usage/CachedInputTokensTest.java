package warta.core.usage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.core.chunk.TokenCounters;
import warta.core.model.ChatModels;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.model.RetryPolicy;

/** {@code usage.cachedInputTokens} from an OpenAI-compatible server's {@code prompt_tokens_details.cached_tokens}. */
class CachedInputTokensTest {

    private static final String PATH = "/v1/chat/completions";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static String answer(String usage) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"Good morning"},"finish_reason":"stop"}],
                 "usage":%s}""".formatted(usage);
    }

    private UsageMeter askTwice(String usage) {
        server.stubFor(post(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(answer(usage))));
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey("sk-test")
                .model("gpt-4o-mini")
                .maxRetries(0)
                .timeout(Duration.ofSeconds(5))
                .build();
        UsageMeter meter = new UsageMeter();
        ChatModel model =
                new MeteredChatModel(ChatModels.create(config, RetryPolicy.from(config)), meter, TokenCounters.o200k());
        model.chat("Selamat pagi");
        model.chat("Selamat pagi lagi");
        return meter;
    }

    @Test
    void should_add_up_the_cached_tokens_the_server_reports() {
        UsageMeter meter = askTwice("""
                {"prompt_tokens":2048,"completion_tokens":3,"total_tokens":2051,
                 "prompt_tokens_details":{"cached_tokens":1536}}""");

        Usage usage = meter.usage("openai", "gpt-4o-mini", "v");

        assertThat(usage.inputTokens()).isEqualTo(4096);
        assertThat(usage.cachedInputTokens()).isEqualTo(3072);
        assertThat(usage.outputTokens()).isEqualTo(6);
        assertThat(usage.estimated()).isFalse();
    }

    @Test
    void should_count_no_cached_tokens_where_the_server_does_not_say() {
        UsageMeter meter = askTwice("""
                {"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}""");

        assertThat(meter.usage("openai", "gpt-4o-mini", "v").cachedInputTokens())
                .isZero();
    }
}
