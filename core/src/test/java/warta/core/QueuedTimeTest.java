package warta.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.read.ArticleInput;
import warta.core.result.ArticleResult;
import warta.core.testing.FakeEnglish;

/**
 * Time a request spends waiting for its turn is not counted against its {@code timeout}, also when
 * the server does not say its slots: against a server that answers one request at a time, slowly,
 * three articles submitted at once with {@code concurrency} 1 and a timeout longer than one answer
 * but shorter than three all succeed, their requests sent one after the other.
 */
class QueuedTimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER = Duration.ofMillis(500);

    private final ExecutorService one = Executors.newSingleThreadExecutor();
    private final HttpServer server = start();

    @AfterEach
    void stop() {
        server.stop(0);
        one.shutdownNow();
    }

    /** An OpenAI-compatible server with one slot and no /props: one exchange at a time, each {@link #ANSWER} long. */
    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            http.setExecutor(one);
            http.createContext("/v1/chat/completions", this::answer);
            http.start();
            return http;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            JsonNode messages = body.path("messages");
            String user = messages.get(messages.size() - 1).path("content").asText();
            Thread.sleep(ANSWER.toMillis());
            ObjectNode answer = JSON.createObjectNode().put("id", "x").put("object", "chat.completion");
            answer.put("created", 0).put("model", body.path("model").asText());
            ObjectNode choice = answer.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", FakeEnglish.answer(user));
            choice.put("finish_reason", "stop");
            answer.putObject("usage")
                    .put("prompt_tokens", 10)
                    .put("completion_tokens", 10)
                    .put("total_tokens", 20);
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void should_not_count_the_wait_for_a_turn_against_the_timeout() throws Exception {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("one-slot")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
                .timeout(ANSWER.multipliedBy(2)) // one answer fits, three one after the other do not
                .maxRetries(0)
                .concurrency(1)
                .build();
        List<CompletableFuture<ArticleResult>> results = new ArrayList<>();
        long start = System.nanoTime();
        try (Warta warta =
                Warta.builder(config).queue(3, 3, Duration.ofMinutes(1)).build()) {
            for (String place : List.of("Bekasi", "Depok", "Bogor")) {
                String text = "Banjir merendam 120 rumah di " + place + " pada Senin pagi.";
                results.add(warta.submit(
                        ArticleInput.text(place.toLowerCase(), text),
                        null,
                        EnumSet.of(Task.TRANSLATE),
                        ProcessListener.NONE));
            }
            for (CompletableFuture<ArticleResult> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).translation().paragraphs())
                        .singleElement()
                        .asString()
                        .isNotBlank();
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("the three waited their turns")
                .isGreaterThanOrEqualTo(ANSWER.multipliedBy(3));
    }
}
