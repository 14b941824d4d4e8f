package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.ModelException;

/** {@code --dry-run} says what the model server told about its limits, and uses them. */
class ServerLimitsCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger props = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                if (exchange.getRequestURI().getPath().equals("/props")) {
                    props.incrementAndGet();
                    send(exchange, 200, "{\"default_generation_settings\":{\"n_ctx\":3000},\"total_slots\":3}");
                } else {
                    send(exchange, 404, "{\"error\":{\"message\":\"not found\"}}");
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String article() throws IOException {
        Path file = dir.resolve("artikel.txt");
        Files.writeString(
                file, "Judul berita\n\nPemerintah kota mengumumkan rencana baru pada Senin. Warga menyambut baik.\n");
        return file.toString();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Test
    void should_print_what_the_server_said_in_a_dry_run() throws IOException {
        CliRun run = CliRun.of(
                "translate", "--dry-run", "--provider", "openai", "--base-url", baseUrl(), "--model", "m", article());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("server limits (llama-server GET /props; no POST /tokenize): context 3000 tokens per request,"
                        + " slots 3, tokens counted as o200k (x1.65 for budgets)");
        assertThat(props).hasValue(1);
    }

    @Test
    void should_print_what_the_server_said_with_verbose() throws IOException {
        ChatModel refusing = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                throw new ModelException(ModelException.Kind.BAD_REQUEST, "no chat here");
            }
        };
        CliRun run = CliRun.in(
                CliRun.context(config -> refusing),
                "translate",
                "--verbose",
                "--provider",
                "openai",
                "--base-url",
                baseUrl(),
                "--model",
                "m",
                article());

        // the model refuses every request: the run fails after saying what was learned
        assertThat(run.err())
                .startsWith("warta: server limits (llama-server GET /props; no POST /tokenize): context 3000 tokens"
                        + " per request, slots 3");
    }

    @Test
    void should_say_nothing_of_server_limits_for_the_in_process_model() throws IOException {
        CliRun run = CliRun.of("translate", "--dry-run", article());

        assertThat(run.out()).doesNotContain("server limits");
    }

    @Test
    void should_ask_nothing_of_the_hosted_api() throws IOException {
        CliRun run = CliRun.of("translate", "--dry-run", "--provider", "openai", article());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("server limits (hosted OpenAI API: not asked, counted with o200k)");
    }
}
