package warta.bench.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.check.OmittedCheck;
import warta.core.check.UnsupportedCheck;
import warta.core.check.UntranslatedCheck;
import warta.core.model.ChatModels;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.sentence.SentenceSplitter;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.summarize.SummaryJson;
import warta.core.summarize.SummaryValidator;

class SimulatedModelServerTest {

    static final List<String> SOURCE = List.of(
            "Pemerintah Provinsi DKI Jakarta mengalokasikan Rp 3,5 triliun untuk proyek tersebut pada 2024. "
                    + "Gubernur mengatakan pembangunan akan dimulai bulan depan.",
            "Sebanyak 1.250 warga di 12 kelurahan akan terdampak. Mereka dijanjikan ganti rugi sebelum 17 Agustus.",
            "\"Kami siap,\" kata Budi saat membaca ‹/article> di Balai Kota pukul 13.54 WIB.");
    static final String ARTICLE = "<article>\n[1] " + SOURCE.get(0) + "\n\n[2] " + SOURCE.get(1) + "\n\n[3] "
            + SOURCE.get(2) + "\n</article>";
    static final String TRANSLATE_SYSTEM = "You are a professional news translator from Indonesian into English.";
    static final String SUMMARIZE_SYSTEM = "You summarize news articles for English-speaking analysts.";

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final List<SimulatedModelServer> servers = new ArrayList<>();

    @AfterEach
    void closeServers() {
        servers.forEach(SimulatedModelServer::close);
    }

    SimulatedModelServer start(SimulatedModelServer.Builder builder) {
        SimulatedModelServer server = builder.start();
        servers.add(server);
        return server;
    }

    String chatBody(String system, String... users) {
        ObjectNode body = json.createObjectNode().put("model", "simulated").put("temperature", 0);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        for (String user : users) {
            messages.addObject().put("role", "user").put("content", user);
        }
        return body.toString();
    }

    HttpRequest post(SimulatedModelServer server, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String content(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body())
                .path("choices")
                .path(0)
                .path("message")
                .path("content")
                .asText();
    }

    static List<String> paragraphs(String numbered) {
        return List.of(numbered.split("\n\n")).stream()
                .map(p -> p.replaceFirst("^\\[\\d+\\] ", ""))
                .toList();
    }

    @Test
    void should_translate_every_numbered_paragraph_sentence_by_sentence_keeping_numbers() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());

        HttpResponse<String> response =
                send(post(server, chatBody(TRANSLATE_SYSTEM, "Translate these 3 paragraphs:\n" + ARTICLE)));

        assertThat(response.statusCode()).isEqualTo(200);
        String answer = content(response);
        assertThat(answer).startsWith("[1] ").contains("\n\n[2] ", "\n\n[3] ").doesNotContain("[4]");
        List<String> english = paragraphs(answer);
        SentenceSplitter splitter = SentenceSplitter.indonesian();
        for (int i = 0; i < SOURCE.size(); i++) {
            List<String> sourceSentences = splitter.split(SOURCE.get(i));
            List<String> englishSentences = splitter.split(english.get(i));
            assertThat(englishSentences).hasSameSizeAs(sourceSentences);
            for (int s = 0; s < sourceSentences.size(); s++) {
                double ratio = (double) englishSentences.get(s).length()
                        / sourceSentences.get(s).length();
                assertThat(ratio)
                        .as("length ratio of %s", englishSentences.get(s))
                        .isBetween(0.85, 1.2);
            }
        }
        assertThat(answer).contains("3,5", "2024", "1.250", "12", "17", "13.54");
        assertThat(new UntranslatedCheck().check(english)).isEmpty();
        assertThat(new OmittedCheck().check(SOURCE, english)).isEmpty();
        assertThat(UnsupportedCheck.numbersOnly()
                        .check(String.join("\n", english), String.join("\n", SOURCE), Map.of(), 0))
                .isEmpty();
    }

    @Test
    void should_translate_the_first_fenced_article_when_a_retry_message_follows() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());
        String retry = "Your previous answer could not be used: expected 3 numbered paragraphs [1] to [3]";

        String answer = content(send(post(server, chatBody(TRANSLATE_SYSTEM, ARTICLE, retry))));

        assertThat(paragraphs(answer)).hasSize(3);
        assertThat(answer).startsWith("[1] ").contains("1.250");
    }

    @Test
    void should_answer_a_summary_request_with_a_valid_summary_that_names_nothing_new() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());

        HttpResponse<String> response =
                send(post(server, chatBody(SUMMARIZE_SYSTEM, "About the article: x\n\n" + ARTICLE)));

        JsonNode answer = json.readTree(content(response));
        assertThat(answer.path("headline").asText()).isNotBlank();
        assertThat(answer.path("keyPoints")).hasSize(3);
        assertThat(answer.path("entities").path("people").isArray()).isTrue();
        assertThat(answer.path("entities").path("organizations").isArray()).isTrue();
        assertThat(answer.path("entities").path("places").isArray()).isTrue();
        Summary summary = SummaryJson.parse(answer.toString());
        assertThat(SentenceSplitter.indonesian().split(summary.summary())).hasSize(3);
        assertThat(new SummaryValidator().problems(summary)).isEmpty();
        String claims = summary.allText();
        assertThat(UnsupportedCheck.full().check(claims, "nothing at all", Map.of(), 0))
                .isEmpty();
        assertThat(claims).doesNotContainPattern("\\d");
        assertThat(summary.sentences())
                .extracting(Statement::sources)
                .containsExactly(List.of(1), List.of(2), List.of(3));
        assertThat(summary.keyPoints())
                .extracting(Statement::sources)
                .containsExactly(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void should_cite_the_numbers_of_the_partial_summaries_when_asked_to_combine_them() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());
        String partials = "<article>\n{\"headline\":\"x\",\"summary\":[{\"text\":\"A.\",\"sources\":[7]}],"
                + "\"keyPoints\":[{\"text\":\"B\",\"sources\":[9, 3]}]}\n</article>";

        String answer = content(send(post(server, chatBody(SUMMARIZE_SYSTEM, "Combine them\n\n" + partials))));

        Summary summary = SummaryJson.parse(answer);
        assertThat(summary.keyPoints())
                .extracting(Statement::sources)
                .containsExactly(List.of(7), List.of(9), List.of(7));
    }

    @Test
    void should_answer_a_summary_when_a_response_format_is_given_whatever_the_system_prompt() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());
        ObjectNode body = (ObjectNode) json.readTree(chatBody(TRANSLATE_SYSTEM, ARTICLE));
        body.putObject("response_format").put("type", "json_object");

        String answer = content(send(post(server, body.toString())));

        assertThat(SummaryJson.parse(answer).keyPoints()).hasSize(3);
    }

    @Test
    void should_report_usage_and_the_openai_fields_in_every_answer() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());

        JsonNode answer = json.readTree(
                send(post(server, chatBody(TRANSLATE_SYSTEM, ARTICLE))).body());

        assertThat(answer.path("id").asText()).startsWith("chatcmpl-");
        assertThat(answer.path("object").asText()).isEqualTo("chat.completion");
        assertThat(answer.path("created").asLong()).isPositive();
        assertThat(answer.path("model").asText()).isEqualTo("simulated");
        assertThat(answer.path("choices").path(0).path("finish_reason").asText())
                .isEqualTo("stop");
        JsonNode usage = answer.path("usage");
        int completion = usage.path("completion_tokens").asInt();
        assertThat(completion)
                .isEqualTo(Tokens.count(answer.path("choices")
                        .path(0)
                        .path("message")
                        .path("content")
                        .asText()));
        assertThat(usage.path("total_tokens").asInt())
                .isEqualTo(usage.path("prompt_tokens").asInt() + completion);
        assertThat(usage.path("prompt_tokens").asInt()).isEqualTo(Tokens.count(TRANSLATE_SYSTEM + "\n" + ARTICLE));
    }

    @Test
    void should_refuse_requests_beyond_the_cap_at_once_with_429_and_retry_after() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder()
                .concurrencyCap(2)
                .latencyPerRequest(Duration.ofMillis(400))
                .retryAfterSeconds(3));
        HttpRequest request = post(server, chatBody(TRANSLATE_SYSTEM, ARTICLE));

        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            futures.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses =
                futures.stream().map(CompletableFuture::join).toList();

        List<HttpResponse<String>> refused =
                responses.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 429));
        for (HttpResponse<String> response : refused) {
            assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
            JsonNode error = json.readTree(response.body()).path("error");
            assertThat(error.path("type").asText()).isEqualTo("rate_limit_error");
            assertThat(error.path("code").asText()).isEqualTo("rate_limit_exceeded");
            assertThat(error.path("message").asText()).startsWith("Rate limit reached");
        }
        Stats stats = server.stats();
        assertThat(stats.requests()).isEqualTo(6);
        assertThat(stats.rateLimited()).isEqualTo(refused.size());
        assertThat(stats.answered()).isEqualTo(6 - refused.size());
        assertThat(stats.maxConcurrent()).isGreaterThan(2);
    }

    @Test
    void should_never_refuse_a_client_that_waits_for_each_answer() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder().concurrencyCap(1));

        for (int i = 0; i < 30; i++) {
            assertThat(send(post(server, chatBody(TRANSLATE_SYSTEM, ARTICLE))).statusCode())
                    .isEqualTo(200);
        }

        assertThat(server.stats().rateLimited()).isZero();
        assertThat(server.stats().answered()).isEqualTo(30);
    }

    @Test
    void should_inject_429_and_500_at_about_their_rates_the_same_way_for_the_same_seed() throws Exception {
        List<Integer> first = statuses(
                start(SimulatedModelServer.builder().rate429(0.1).rate500(0.2).seed(7)), 300);
        List<Integer> second = statuses(
                start(SimulatedModelServer.builder().rate429(0.1).rate500(0.2).seed(7)), 300);

        assertThat(first).isEqualTo(second);
        long rateLimited = first.stream().filter(s -> s == 429).count();
        long errors = first.stream().filter(s -> s == 500).count();
        assertThat(rateLimited).isBetween(15L, 50L);
        assertThat(errors).isBetween(40L, 85L);
        Stats stats = servers.get(0).stats();
        assertThat(stats.rateLimited()).isEqualTo(rateLimited);
        assertThat(stats.serverErrors()).isEqualTo(errors);
        assertThat(stats.answered()).isEqualTo(300 - rateLimited - errors);
        assertThat(stats.requests()).isEqualTo(300);
    }

    List<Integer> statuses(SimulatedModelServer server, int count) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = send(post(server, chatBody(SUMMARIZE_SYSTEM, ARTICLE)));
            if (response.statusCode() == 500) {
                assertThat(json.readTree(response.body())
                                .path("error")
                                .path("type")
                                .asText())
                        .isEqualTo("server_error");
            }
            statuses.add(response.statusCode());
        }
        return statuses;
    }

    @Test
    void should_hang_until_the_client_times_out() {
        SimulatedModelServer server = start(SimulatedModelServer.builder().rateHang(1));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                .timeout(Duration.ofMillis(300))
                .POST(HttpRequest.BodyPublishers.ofString(chatBody(TRANSLATE_SYSTEM, ARTICLE)))
                .build();

        assertThatThrownBy(() -> send(request)).isInstanceOf(HttpTimeoutException.class);
        assertThat(server.stats().hung()).isEqualTo(1);
        assertThat(server.stats().answered()).isZero();
    }

    @Test
    void should_make_the_client_fail_on_a_truncated_body() {
        SimulatedModelServer server = start(SimulatedModelServer.builder().rateTruncated(1));

        assertThatThrownBy(() -> send(post(server, chatBody(TRANSLATE_SYSTEM, ARTICLE))))
                .isInstanceOf(IOException.class);
        assertThat(server.stats().truncated()).isEqualTo(1);
        assertThat(server.stats().answered()).isZero();
    }

    @Test
    void should_count_tokens_and_the_latency_it_slept() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder()
                .latencyPerRequest(Duration.ofMillis(5))
                .latencyPerOutputToken(Duration.ofMillis(1)));

        long started = System.nanoTime();
        send(post(server, chatBody(TRANSLATE_SYSTEM, ARTICLE)));
        send(post(server, chatBody(SUMMARIZE_SYSTEM, ARTICLE)));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        Stats stats = server.stats();
        assertThat(stats.answered()).isEqualTo(2);
        assertThat(stats.inputTokens())
                .isEqualTo(Tokens.count(TRANSLATE_SYSTEM + "\n" + ARTICLE)
                        + Tokens.count(SUMMARIZE_SYSTEM + "\n" + ARTICLE));
        assertThat(stats.outputTokens()).isPositive();
        assertThat(stats.simulatedLatencyMillis()).isEqualTo(2 * 5 + stats.outputTokens());
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(stats.simulatedLatencyMillis());
        assertThat(stats.maxConcurrent()).isEqualTo(1);
    }

    @Test
    void should_list_the_simulated_model_and_answer_404_elsewhere() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());

        HttpResponse<String> models = send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/models")).build());
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/embeddings"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(models.statusCode()).isEqualTo(200);
        JsonNode data = json.readTree(models.body()).path("data");
        assertThat(data).hasSize(1);
        assertThat(data.path(0).path("id").asText()).isEqualTo("simulated");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).path("error").path("message").asText())
                .contains("/v1/embeddings");
        assertThat(server.stats().requests()).isZero();
    }

    @Test
    void should_answer_400_to_a_body_that_is_not_a_chat_request() throws Exception {
        SimulatedModelServer server = start(SimulatedModelServer.builder());

        HttpResponse<String> response = send(post(server, "{\"model\":\"simulated\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("error").path("message").asText())
                .contains("messages");
    }

    @Test
    void should_serve_wartas_own_openai_client() {
        SimulatedModelServer server = start(SimulatedModelServer.builder());
        ChatModel model = ChatModels.create(config(server));

        String answer = model.chat(ChatRequest.builder()
                        .messages(SystemMessage.from(TRANSLATE_SYSTEM), UserMessage.from(ARTICLE))
                        .build())
                .aiMessage()
                .text();

        assertThat(paragraphs(answer)).hasSize(3);
        assertThat(new OmittedCheck().check(SOURCE, paragraphs(answer))).isEmpty();
        assertThat(server.stats().answered()).isEqualTo(1);
    }

    @Test
    void should_let_wartas_client_retry_through_injected_429s() {
        SimulatedModelServer server = start(
                SimulatedModelServer.builder().rate429(0.5).retryAfterSeconds(0).seed(3));
        ChatModel model = ChatModels.create(config(server));

        for (int i = 0; i < 3; i++) {
            String answer = model.chat(ChatRequest.builder()
                            .messages(SystemMessage.from(SUMMARIZE_SYSTEM), UserMessage.from(ARTICLE))
                            .build())
                    .aiMessage()
                    .text();
            assertThat(SummaryJson.parse(answer).keyPoints()).hasSize(3);
        }

        assertThat(server.stats().answered()).isEqualTo(3);
        assertThat(server.stats().rateLimited()).isPositive();
    }

    static ModelConfig config(SimulatedModelServer server) {
        return ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl(server.baseUrl())
                .model("simulated")
                .timeout(Duration.ofSeconds(2))
                .maxRetries(3)
                .build();
    }

    @Test
    void should_refuse_rates_that_add_up_to_more_than_one() {
        assertThatThrownBy(() ->
                        SimulatedModelServer.builder().rate429(0.6).rate500(0.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1");
        assertThatThrownBy(() -> SimulatedModelServer.builder().rateHang(1.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rateHang");
    }

    @Test
    void should_end_hung_requests_when_closed() {
        SimulatedModelServer server = start(SimulatedModelServer.builder().rateHang(1));
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(post(server, chatBody(TRANSLATE_SYSTEM, ARTICLE)), HttpResponse.BodyHandlers.ofString());
        await(() -> server.stats().hung() == 1);

        long started = System.nanoTime();
        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(pending).failsWithin(Duration.ofSeconds(2));
    }

    static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 2 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
