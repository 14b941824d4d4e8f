package warta.core.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

/** Ollama's native wire format ({@code POST {baseUrl}/api/chat}) against a WireMock server. */
class OllamaChatModelsTest {

    private static final String PATH = "/api/chat";
    private static final String ANSWER = """
            {"model":"qwen2.5:7b-instruct","created_at":"2024-01-17T13:54:00Z",
             "message":{"role":"assistant","content":"Good morning"},"done":true,"done_reason":"stop",
             "prompt_eval_count":12,"eval_count":3}""";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ModelConfig.Builder config() {
        return ModelConfig.builder()
                .provider(Provider.OLLAMA)
                .baseUrl(server.baseUrl())
                .model("qwen2.5:7b-instruct")
                .maxRetries(2)
                .timeout(Duration.ofSeconds(5));
    }

    private ChatModel model(ModelConfig config) {
        return ChatModels.create(
                config, RetryPolicy.from(config).withSleeper(sleeps::add).withRandom(() -> 0.5));
    }

    private ModelException failure(ModelConfig config) {
        return catchThrowableOfType(ModelException.class, () -> model(config).chat("Selamat pagi"));
    }

    private void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    private void answerThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
        server.stubFor(post(urlEqualTo(PATH))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("second"));
        server.stubFor(post(urlEqualTo(PATH))
                .inScenario("s")
                .whenScenarioStateIs("second")
                .willReturn(second));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    @Test
    void should_return_the_answer_and_its_token_usage() {
        answer(json(200, ANSWER));

        ChatResponse response = model(config().build())
                .chat(ChatRequest.builder()
                        .messages(UserMessage.from("Selamat pagi"))
                        .build());

        assertThat(response.aiMessage().text()).isEqualTo("Good morning");
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(12);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
    }

    @Test
    void should_ask_for_the_configured_context_at_temperature_zero() {
        answer(json(200, ANSWER));

        model(config().contextTokens(16384).maxOutputTokens(1000).build()).chat("Selamat pagi");

        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.model", equalTo("qwen2.5:7b-instruct")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("false")))
                .withRequestBody(matchingJsonPath("$.options.num_ctx", equalTo("16384")))
                .withRequestBody(matchingJsonPath("$.options.num_predict", equalTo("1000")))
                .withRequestBody(matchingJsonPath("$.options[?(@.temperature == 0)]")));
    }

    @Test
    void should_wait_as_long_as_retry_after_says_then_retry() {
        answerThen(json(429, "{\"error\":\"too many requests\"}").withHeader("Retry-After", "2"), json(200, ANSWER));

        assertThat(model(config().build()).chat("Selamat pagi")).isEqualTo("Good morning");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void should_retry_a_server_error() {
        answerThen(json(500, "{\"error\":\"llama runner process has terminated\"}"), json(200, ANSWER));

        assertThat(model(config().build()).chat("Selamat pagi")).isEqualTo("Good morning");
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_report_a_timeout() {
        answer(json(200, ANSWER).withFixedDelay(1500));

        ModelException thrown =
                failure(config().timeout(Duration.ofMillis(300)).maxRetries(0).build());

        assertThat(thrown.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(thrown.retriable()).isTrue();
    }

    @Test
    void should_report_a_malformed_body() {
        answer(json(200, "<html>proxy error</html>"));

        assertThat(failure(config().maxRetries(0).build()).kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
    }

    @Test
    void should_not_retry_an_exceeded_context() {
        answer(json(400, "{\"error\":\"the input length exceeds the context length\"}"));

        ModelException thrown = failure(config().build());

        assertThat(thrown.kind()).isEqualTo(Kind.CONTEXT_LENGTH);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_not_retry_a_refused_key_nor_show_it() {
        answer(json(401, "{\"error\":\"unauthorized\"}"));

        ModelException thrown = failure(config().apiKey("ollama-proxy-secret").build());

        assertThat(thrown.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(OpenAiChatModelsTest.stackTraceOf(thrown)).doesNotContain("ollama-proxy-secret");
        server.verify(
                1,
                postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer ollama-proxy-secret")));
    }

    @Test
    void should_tell_how_to_pull_an_unknown_model() {
        answer(json(404, "{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}"));

        ModelException thrown = failure(config().model("llama9").build());

        assertThat(thrown.kind()).isEqualTo(Kind.UNKNOWN_MODEL);
        assertThat(thrown.getMessage())
                .isEqualTo("model 'llama9' not found at " + server.baseUrl()
                        + ": pull it with 'ollama pull llama9' or pick another with --model");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_ask_whether_ollama_is_running_when_the_port_is_closed() throws IOException {
        String url = "http://127.0.0.1:" + OpenAiChatModelsTest.closedPort();

        ModelException thrown = failure(config().baseUrl(url).build());

        assertThat(thrown.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(thrown.getMessage()).isEqualTo("cannot reach " + url + ": connection refused; is Ollama running?");
        assertThat(sleeps).as("never reached: no point waiting").isEmpty();
    }

    @Test
    void should_name_the_alternatives_when_the_embedded_model_is_not_downloaded_and_offline(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path cache) {
        ModelConfig embedded = ModelConfig.builder().provider(Provider.EMBEDDED).build();
        ModelFiles offline = ModelFiles.of(
                java.util.Map.of("WARTA_MODELS_DIR", cache.toString()),
                true,
                warta.core.model.embedded.store.DownloadListener.NONE);

        assertThatThrownBy(() -> ChatModels.create(
                        embedded, RetryPolicy.from(embedded), java.util.function.UnaryOperator.identity(), offline))
                .hasMessageContaining("not downloaded")
                .hasMessageContaining("--model-file")
                .hasMessageContaining("--provider ollama");
    }
}
