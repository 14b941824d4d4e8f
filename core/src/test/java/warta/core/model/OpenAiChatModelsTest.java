package warta.core.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

/** The OpenAI wire format ({@code POST {baseUrl}/chat/completions}) against a WireMock server. */
class OpenAiChatModelsTest {

    private static final String KEY = "sk-test-do-not-show";
    private static final String PATH = "/v1/chat/completions";
    private static final String ANSWER = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Good morning"},"finish_reason":"stop"}],
             "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}""";

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
                .provider(Provider.OPENAI)
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey(KEY)
                .model("gpt-4o-mini")
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
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$[?(@.temperature == 0)]"))
                .withRequestBody(matchingJsonPath("$.max_tokens", equalTo("2048")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("Selamat pagi"))));
    }

    @Test
    void should_send_no_authorization_header_without_a_key() {
        answer(json(200, ANSWER));

        model(config().apiKey(null).build()).chat("Selamat pagi");

        server.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", absent()));
    }

    @Test
    void should_wait_as_long_as_retry_after_says_then_retry() {
        answerThen(
                json(429, "{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}")
                        .withHeader("Retry-After", "3"),
                json(200, ANSWER));

        String answer = model(config().build()).chat("Selamat pagi");

        assertThat(answer).isEqualTo("Good morning");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_retry_a_server_error() {
        answerThen(json(500, "{\"error\":{\"message\":\"internal\"}}"), json(200, ANSWER));

        assertThat(model(config().build()).chat("Selamat pagi")).isEqualTo("Good morning");
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void should_report_a_timeout_after_retrying_it() {
        answer(json(200, ANSWER).withFixedDelay(1500));

        ModelException thrown =
                failure(config().timeout(Duration.ofMillis(300)).maxRetries(1).build());

        assertThat(thrown.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(thrown.getMessage()).contains("within 300 ms").contains("--timeout");
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_report_a_malformed_body() {
        answer(json(200, "{\"choices\": [ not json"));

        ModelException thrown = failure(config().maxRetries(0).build());

        assertThat(thrown.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(thrown.retriable()).isTrue();
    }

    @Test
    void should_not_retry_an_exceeded_context() {
        answer(json(400, """
                {"error":{"message":"This model's maximum context length is 8192 tokens. However, your messages \
                resulted in 9000 tokens.","type":"invalid_request_error","param":"messages",\
                "code":"context_length_exceeded"}}"""));

        ModelException thrown = failure(config().build());

        assertThat(thrown.kind()).isEqualTo(Kind.CONTEXT_LENGTH);
        assertThat(thrown.getMessage())
                .startsWith("context length exceeded: lower --chunk-tokens or use a model with a larger context");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_recognise_llama_cpp_context_errors() {
        answer(json(400, """
                {"error":{"code":400,"message":"the request exceeds the available context size, try increasing it",\
                "type":"exceed_context_size_error"}}"""));

        assertThat(failure(config().build()).kind()).isEqualTo(Kind.CONTEXT_LENGTH);
    }

    @Test
    void should_not_retry_a_refused_key_nor_show_it() {
        answer(json(
                401,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\","
                        + "\"code\":\"invalid_api_key\"}}"));

        ModelException thrown = failure(config().build());

        assertThat(thrown.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(thrown.getMessage())
                .isEqualTo("the provider refused the API key (HTTP 401): set WARTA_API_KEY or OPENAI_API_KEY");
        assertThat(stackTraceOf(thrown)).doesNotContain(KEY);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_name_an_unknown_model() {
        answer(json(
                404,
                "{\"error\":{\"message\":\"The model `gpt-9` does not exist or you do not have access to"
                        + " it.\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}"));

        ModelException thrown = failure(config().model("gpt-9").build());

        assertThat(thrown.kind()).isEqualTo(Kind.UNKNOWN_MODEL);
        assertThat(thrown.getMessage())
                .isEqualTo("model 'gpt-9' not found at " + server.baseUrl() + "/v1: pick another with --model");
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void should_suggest_the_base_url_when_the_path_does_not_exist() {
        answer(json(200, ANSWER));

        ModelException thrown = failure(config().baseUrl(server.baseUrl()).build());

        assertThat(thrown.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(thrown.getMessage()).contains("HTTP 404").contains("check --base-url");
    }

    @Test
    void should_report_a_closed_port_as_unreachable() throws IOException {
        String url = "http://127.0.0.1:" + closedPort() + "/v1";

        ModelException thrown = failure(config().baseUrl(url).maxRetries(1).build());

        assertThat(thrown.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(thrown.getMessage()).isEqualTo("cannot reach " + url + ": connection refused; check --base-url");
        assertThat(sleeps).as("never reached: no point waiting").isEmpty();
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String stackTraceOf(Throwable thrown) {
        java.io.StringWriter out = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
