package warta.core.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.core.chunk.TokenCounters;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.prompt.PromptLibrary;
import warta.core.summarize.SourceLines;
import warta.core.summarize.Summarizer;
import warta.core.summarize.SummaryJson;
import warta.core.summarize.SummaryOutcome;

/**
 * Summary requests carry the summary's JSON schema on the wire (OpenAI's {@code response_format},
 * Ollama's {@code format}), and a server that refuses it is asked once more without it, and never
 * with it again ({@link SchemaFallback}).
 */
class StructuredOutputTest {

    private static final String OPENAI_PATH = "/v1/chat/completions";
    private static final String OLLAMA_PATH = "/api/chat";
    private static final String SUMMARY = "{\"headline\":\"Floods in Jakarta\","
            + "\"summary\":[{\"text\":\"Floods hit Jakarta on Monday morning.\",\"sources\":[1]},"
            + "{\"text\":\"Thousands of residents left their homes.\",\"sources\":[2]},"
            + "{\"text\":\"The city opened shelters in schools.\",\"sources\":[3]}],"
            + "\"keyPoints\":[{\"text\":\"Floods hit Jakarta.\",\"sources\":[1]},"
            + "{\"text\":\"Residents left their homes.\",\"sources\":[2]},"
            + "{\"text\":\"Schools became shelters.\",\"sources\":[3]}],"
            + "\"entities\":{\"people\":[],\"organizations\":[],\"places\":[\"Jakarta\"]}}";
    private static final String REFUSAL = "{\"error\":{\"code\":400,\"type\":\"invalid_request_error\","
            + "\"message\":\"Unsupported response_format type: json_schema\"}}";
    private static final List<String> SOURCE =
            List.of("Banjir melanda Jakarta pada Senin pagi. Ribuan warga meninggalkan rumah mereka. "
                    + "Pemerintah kota membuka tempat pengungsian di sekolah.");

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

    private ModelConfig openAi() {
        return ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl(server.baseUrl() + "/v1")
                .model("qwen2.5-7b-instruct")
                .maxRetries(2)
                .timeout(Duration.ofSeconds(5))
                .build();
    }

    private ModelConfig ollama() {
        return ModelConfig.builder()
                .provider(Provider.OLLAMA)
                .baseUrl(server.baseUrl())
                .model("qwen2.5:7b-instruct")
                .maxRetries(2)
                .timeout(Duration.ofSeconds(5))
                .build();
    }

    private ChatModel model(ModelConfig config, SchemaFallback fallback) {
        UnaryOperator<ChatModel> inner = raw -> fallback.around(raw, config);
        return ChatModels.create(
                config, RetryPolicy.from(config).withSleeper(sleeps::add).withRandom(() -> 0.5), inner);
    }

    private static SummaryOutcome summarize(ChatModel model) {
        return new Summarizer(model, PromptLibrary.builtIn(), TokenCounters.o200k(), 1000)
                .summarize("Kompas, 1 Januari 2024", SourceLines.of(SOURCE));
    }

    private static String openAiAnswer(String content) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"m",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}""".formatted(quoted(content));
    }

    private static String ollamaAnswer(String content) {
        return """
                {"model":"m","created_at":"2024-01-17T13:54:00Z","message":{"role":"assistant","content":%s},
                 "done":true,"done_reason":"stop","prompt_eval_count":12,"eval_count":3}""".formatted(quoted(content));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private void answerThen(String path, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(post(urlEqualTo(path))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("then"));
        server.stubFor(post(urlEqualTo(path))
                .inScenario("s")
                .whenScenarioStateIs("then")
                .willReturn(then));
    }

    private static RequestPatternBuilder withSchema(RequestPatternBuilder request) {
        return request.withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", equalTo("summary")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.properties.keyPoints.items"))
                .withRequestBody(
                        matchingJsonPath("$.response_format.json_schema.schema.required[3]", equalTo("entities")));
    }

    private static RequestPatternBuilder withoutSchema(RequestPatternBuilder request) {
        return request.withRequestBody(notContaining("\"response_format\""));
    }

    @Test
    void should_send_the_summary_schema_as_response_format_to_an_openai_compatible_server() {
        server.stubFor(post(urlEqualTo(OPENAI_PATH)).willReturn(json(200, openAiAnswer(SUMMARY))));

        SummaryOutcome outcome = summarize(model(openAi(), new SchemaFallback()));

        assertThat(outcome.summary().headline()).isEqualTo("Floods in Jakarta");
        assertThat(outcome.problems()).isEmpty();
        server.verify(1, withSchema(postRequestedFor(urlEqualTo(OPENAI_PATH))));
        server.verify(1, postRequestedFor(urlEqualTo(OPENAI_PATH)));
    }

    @Test
    void should_send_the_summary_schema_as_format_to_ollama() {
        server.stubFor(post(urlEqualTo(OLLAMA_PATH)).willReturn(json(200, ollamaAnswer(SUMMARY))));

        SummaryOutcome outcome = summarize(model(ollama(), new SchemaFallback()));

        assertThat(outcome.summary().headline()).isEqualTo("Floods in Jakarta");
        server.verify(
                1,
                postRequestedFor(urlEqualTo(OLLAMA_PATH))
                        .withRequestBody(matchingJsonPath("$.format.type", equalTo("object")))
                        .withRequestBody(matchingJsonPath("$.format.properties.summary.type", equalTo("array")))
                        .withRequestBody(matchingJsonPath("$.format.required[0]", equalTo("headline"))));
    }

    @Test
    void should_send_no_format_with_a_request_that_asks_for_none() {
        server.stubFor(post(urlEqualTo(OLLAMA_PATH)).willReturn(json(200, ollamaAnswer("Good morning"))));

        model(ollama(), new SchemaFallback()).chat("Selamat pagi");

        server.verify(1, postRequestedFor(urlEqualTo(OLLAMA_PATH)).withRequestBody(notContaining("\"format\"")));
    }

    @Test
    void should_ask_once_more_without_the_schema_when_the_server_refuses_it_and_remember() {
        answerThen(OPENAI_PATH, json(400, REFUSAL), json(200, openAiAnswer(SUMMARY)));
        SchemaFallback fallback = new SchemaFallback();
        ChatModel model = model(openAi(), fallback);

        SummaryOutcome first = summarize(model);

        assertThat(first.summary().headline()).isEqualTo("Floods in Jakarta");
        assertThat(fallback.rejected()).isTrue();
        assertThat(sleeps).as("the refusal is no failure to the retry layer").isEmpty();
        server.verify(1, withSchema(postRequestedFor(urlEqualTo(OPENAI_PATH))));
        server.verify(1, withoutSchema(postRequestedFor(urlEqualTo(OPENAI_PATH))));
        assertThat(model.supportedCapabilities()).doesNotContain(Capability.RESPONSE_FORMAT_JSON_SCHEMA);

        summarize(model);

        server.verify(1, withSchema(postRequestedFor(urlEqualTo(OPENAI_PATH))));
        server.verify(2, withoutSchema(postRequestedFor(urlEqualTo(OPENAI_PATH))));
    }

    @Test
    void should_remember_the_refusal_for_every_model_sharing_the_fallback() {
        answerThen(OPENAI_PATH, json(400, REFUSAL), json(200, openAiAnswer(SUMMARY)));
        SchemaFallback fallback = new SchemaFallback();
        summarize(model(openAi(), fallback));

        ChatModel another = model(openAi(), fallback);
        another.chat(ChatRequest.builder()
                .messages(UserMessage.from("Ringkas"))
                .responseFormat(SummaryJson.responseFormat())
                .build());

        server.verify(1, withSchema(postRequestedFor(urlEqualTo(OPENAI_PATH))));
        server.verify(2, withoutSchema(postRequestedFor(urlEqualTo(OPENAI_PATH))));
    }

    @Test
    void should_not_take_another_bad_request_for_a_refused_schema() {
        server.stubFor(post(urlEqualTo(OPENAI_PATH))
                .willReturn(json(400, "{\"error\":{\"message\":\"messages: field required\"}}")));
        SchemaFallback fallback = new SchemaFallback();

        ModelException thrown = catchThrowableOfType(ModelException.class, () -> summarize(model(openAi(), fallback)));

        assertThat(thrown.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(fallback.rejected()).isFalse();
        server.verify(1, postRequestedFor(urlEqualTo(OPENAI_PATH)));
    }

    @Test
    void should_not_take_an_exceeded_context_for_a_refused_schema() {
        server.stubFor(post(urlEqualTo(OPENAI_PATH))
                .willReturn(json(
                        400,
                        "{\"error\":{\"message\":\"the request exceeds the available context size; "
                                + "response_format ignored\"}}")));
        SchemaFallback fallback = new SchemaFallback();

        ModelException thrown = catchThrowableOfType(ModelException.class, () -> summarize(model(openAi(), fallback)));

        assertThat(thrown.kind()).isEqualTo(Kind.CONTEXT_LENGTH);
        assertThat(fallback.rejected()).isFalse();
    }

    @Test
    void should_fall_back_when_ollama_refuses_the_format() {
        answerThen(
                OLLAMA_PATH,
                json(400, "{\"error\":\"invalid format: expected \\\"json\\\" or a JSON schema\"}"),
                json(200, ollamaAnswer(SUMMARY)));
        SchemaFallback fallback = new SchemaFallback();

        assertThat(summarize(model(ollama(), fallback)).summary().headline()).isEqualTo("Floods in Jakarta");

        assertThat(fallback.rejected()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo(OLLAMA_PATH)).withRequestBody(notContaining("\"format\"")));
    }
}
