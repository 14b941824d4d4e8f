package warta.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.result.ArticleResult;
import warta.core.testing.FakeEnglish;

/**
 * For Ollama, Warta sets the context itself ({@code options.num_ctx}): what it learns from
 * {@code POST /api/show} (the model's {@code context_length}, bounded by the configured context)
 * is what it sends, so the budgets it counts with and the window Ollama opens agree.
 */
class OllamaContextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> chats = new CopyOnWriteArrayList<>();
    private final HttpServer server = start();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Ollama with a model trained on 4,096 tokens: /api/show and /api/chat. */
    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
            http.createContext("/api/show", exchange -> send(exchange, JSON.readTree("""
                    {"model_info": {"general.architecture": "qwen2", "qwen2.context_length": 4096}}""")));
            http.createContext("/api/chat", this::chat);
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void chat(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        chats.add(body);
        JsonNode messages = body.path("messages");
        String user = messages.get(messages.size() - 1).path("content").asText();
        ObjectNode answer = JSON.createObjectNode()
                .put("model", body.path("model").asText())
                .put("created_at", "2026-01-01T00:00:00Z")
                .put("done", true)
                .put("done_reason", "stop")
                .put("prompt_eval_count", 10)
                .put("eval_count", 10);
        answer.putObject("message").put("role", "assistant").put("content", FakeEnglish.answer(user));
        send(exchange, answer);
    }

    private static void send(HttpExchange exchange, JsonNode json) throws IOException {
        try (exchange) {
            byte[] bytes = JSON.writeValueAsBytes(json);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Test
    void should_send_as_num_ctx_the_context_it_learned_and_counts_with() {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OLLAMA)
                .model("qwen2.5:7b-instruct")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .build(); // context-tokens 8192 by default, more than the model was trained on
        ArticleResult result;
        try (Warta warta = Warta.builder(config).learnServerLimits(Set.of()).build()) {
            result = warta.process(
                    Article.text(Source.inline(), "Banjir merendam 120 rumah di Bekasi pada Senin pagi."),
                    EnumSet.of(Task.TRANSLATE),
                    ProcessListener.NONE);
            assertThat(warta.effectiveConfig().contextTokens()).isEqualTo(4096);
            assertThat(warta.effectiveConfig().maxOutputTokens()).isEqualTo(1024);
        }

        assertThat(result.translation().paragraphs()).singleElement().asString().isNotBlank();
        assertThat(chats).isNotEmpty().allSatisfy(chat -> {
            assertThat(chat.path("options").path("num_ctx").asInt()).isEqualTo(4096);
            assertThat(chat.path("options").path("num_predict").asInt()).isEqualTo(1024);
        });
    }
}
