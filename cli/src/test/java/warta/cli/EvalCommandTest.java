package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.model.ModelFactory;
import warta.core.testing.FakeEnglish;

/**
 * {@code warta eval} end to end: the real OpenAI-compatible client against a stub chat server on
 * port 0 that translates faithfully ({@link FakeEnglish}), counts requests per model, and knows
 * every model but {@value #UNKNOWN}.
 */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The model the stub server does not know: it answers 404 "model not found". */
    private static final String UNKNOWN = "alpah";

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                if (exchange.getRequestURI().getPath().endsWith("/chat/completions")) {
                    answer(exchange);
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

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        String model = request.path("model").asText();
        requests.computeIfAbsent(model, m -> new AtomicInteger()).incrementAndGet();
        if (model.equals(UNKNOWN)) {
            send(
                    exchange,
                    404,
                    "{\"error\":{\"message\":\"The model `" + UNKNOWN + "` does not exist\","
                            + "\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}");
            return;
        }
        JsonNode messages = request.path("messages");
        String user = messages.get(messages.size() - 1).path("content").asText();
        var body = JSON.createObjectNode();
        body.put("id", "stub")
                .put("object", "chat.completion")
                .put("created", 0)
                .put("model", model);
        var choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", FakeEnglish.answer(user));
        body.putObject("usage")
                .put("prompt_tokens", 40)
                .put("completion_tokens", 20)
                .put("total_tokens", 60);
        send(exchange, 200, JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private CliContext context() {
        return new CliContext(
                        CliRun.QUIET.stdin(),
                        Map.of(),
                        CliRun.QUIET.configFile(),
                        ModelFactory.standard(),
                        (config, files) -> {},
                        false)
                .withCache(dir.resolve("cache"));
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private Path pairs() throws IOException {
        return Files.writeString(
                dir.resolve("mt.tsv"),
                "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi.\t"
                        + "Floods submerged 120 houses in Cipinang on Monday morning.\n"
                        + "Petugas mengerahkan 4 perahu karet untuk mengevakuasi warga.\t"
                        + "Officers sent 4 rubber boats to evacuate residents.\n");
    }

    private CliRun eval(String... more) throws IOException {
        String[] base = {"eval", "--provider", "openai", "--base-url", baseUrl(), "--model", "alpha", "--model", "beta"
        };
        String[] args = new String[base.length + more.length + 1];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        args[args.length - 1] = pairs().toString();
        return CliRun.in(context(), args);
    }

    @Test
    void should_compare_two_models_side_by_side_and_spend_no_request_on_a_rerun() throws IOException {
        CliRun first = eval();

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .startsWith("| | alpha | beta |\n|---|---:|---:|\n| chrF++ | ")
                .contains("| BLEU | ")
                .contains("| model requests | 2 | 2 |\n")
                .contains("| cache hits | 0 | 0 |\n")
                .contains("| tokens in / out | 80 / 40 | 80 / 40 |\n");
        assertThat(requests.get("alpha")).hasValue(2);
        assertThat(requests.get("beta")).hasValue(2);

        CliRun second = eval();

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("| model requests | 0 | 0 |\n").contains("| cache hits | 2 | 2 |\n");
        assertThat(requests.get("alpha")).hasValue(2);
        assertThat(requests.get("beta")).hasValue(2);
        assertThat(second.out().lines().filter(line -> line.startsWith("| chrF")))
                .isEqualTo(first.out()
                        .lines()
                        .filter(line -> line.startsWith("| chrF"))
                        .toList());
    }

    @Test
    void should_make_one_engine_per_config_file() throws IOException {
        Path a = Files.writeString(
                dir.resolve("a.properties"), "provider=openai\nmodel=gamma\nbase-url=" + baseUrl() + "\n");
        Path b = Files.writeString(
                dir.resolve("b.properties"), "provider=openai\nmodel=delta\nbase-url=" + baseUrl() + "\n");

        CliRun run =
                CliRun.in(context(), "eval", "--config", a.toString(), "--config", b.toString(), pairs().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("| | gamma (a.properties) | delta (b.properties) |\n");
        assertThat(requests.get("gamma")).hasValue(2);
        assertThat(requests.get("delta")).hasValue(2);
    }

    @Test
    void should_write_json_with_one_report_per_model() throws IOException {
        CliRun run = eval("--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.path("models")).hasSize(2);
        assertThat(root.path("models").get(1).path("label").asText()).isEqualTo("beta");
        assertThat(root.path("models").get(0).path("chrFPlusPlus").asDouble()).isBetween(0.0, 100.0);
        assertThat(root.path("models").get(0).path("requests").asInt()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_line_without_a_tab_in_one_line() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "Harga cabai naik. Chili prices rose.\n");

        CliRun run = CliRun.in(context(), "eval", "--provider", "openai", "--base-url", baseUrl(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).isEqualTo("warta: " + bad + " line 1: no tab between the Indonesian and the English\n");
        assertThat(run.out()).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void should_refuse_an_empty_file() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");

        CliRun run = CliRun.in(context(), "eval", "--provider", "openai", "--base-url", baseUrl(), empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("the file is empty").doesNotContain("Exception");
    }

    @Test
    void should_give_usage_errors_for_a_bad_format_a_missing_config_and_two_models_elsewhere() throws IOException {
        CliRun format = eval("--format", "csv");
        CliRun config = eval("--config", dir.resolve("missing.properties").toString());
        CliRun translate = CliRun.of("translate", "--model", "a", "--model", "b", pairs().toString());

        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err())
                .startsWith("warta: --format must be markdown or json, not csv\ntry 'warta eval --help'");
        assertThat(config.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(config.err()).contains("--config: no such file: ");
        assertThat(translate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(translate.err()).startsWith("warta: option '--model' (NAME) should be specified only once");
        assertThat(requests).isEmpty();
    }

    @Test
    void should_keep_the_other_models_report_when_one_model_is_unknown() throws IOException {
        CliRun run = CliRun.in(
                context(),
                "eval",
                "--provider",
                "openai",
                "--base-url",
                baseUrl(),
                "--model",
                "alpha",
                "--model",
                UNKNOWN,
                pairs().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        String reason = "model '" + UNKNOWN + "' not found at " + baseUrl() + ": pick another with --model";
        assertThat(run.out())
                .startsWith("| | alpha | " + UNKNOWN + " |\n|---|---:|---:|\n| run failed |  | " + reason + " |\n"
                        + "| chrF++ | ")
                .contains("| model requests | 2 |  |\n")
                .contains("| items (failed) | 2 (0) |  |\n");
        assertThat(run.err())
                .contains("warta: " + UNKNOWN + ": " + reason + "\n")
                .doesNotContain("Exception");
        assertThat(requests.get("alpha")).hasValue(2);
    }

    @Test
    void should_name_the_failed_model_and_its_reason_in_json() throws IOException {
        CliRun run = CliRun.in(
                context(),
                "eval",
                "--format",
                "json",
                "--provider",
                "openai",
                "--base-url",
                baseUrl(),
                "--model",
                UNKNOWN,
                "--model",
                "beta",
                pairs().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode models = JSON.readTree(run.out()).path("models");
        assertThat(models).hasSize(2);
        assertThat(models.get(0).path("label").asText()).isEqualTo(UNKNOWN);
        assertThat(models.get(0).path("failure").asText()).startsWith("model '" + UNKNOWN + "' not found at ");
        assertThat(models.get(0).path("failed").asInt()).isEqualTo(2);
        assertThat(models.get(0).get("chrFPlusPlus").isNull()).isTrue();
        assertThat(models.get(1).get("failure").isNull()).isTrue();
        assertThat(models.get(1).path("chrFPlusPlus").asDouble()).isPositive();
        assertThat(requests.get("beta")).hasValue(2);
    }

    @Test
    void should_refuse_model_next_to_model_file_as_a_usage_error() throws IOException {
        Path gguf = Files.writeString(dir.resolve("m.gguf"), "not a model");

        CliRun eval = CliRun.in(
                context(), "eval", "--model-file", gguf.toString(), "--model", "a", "--model", "b", pairs().toString());
        CliRun translate =
                CliRun.in(context(), "translate", "--model-file", gguf.toString(), "--model", "a", pairs().toString());

        for (CliRun run : new CliRun[] {eval, translate}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err())
                    .startsWith("warta: --model and --model-file cannot be used together: --model-file names the model"
                            + " to run\n");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void should_show_a_repeatable_model_only_in_evals_help() {
        assertThat(CliRun.of("eval", "--help").out()).contains("[--model=NAME]...");
        for (String command : new String[] {"translate", "summarize", "process", "batch"}) {
            assertThat(CliRun.of(command, "--help").out())
                    .as(command)
                    .contains("[--model=NAME]")
                    .doesNotContain("[--model=NAME]...");
        }
    }

    @Test
    void should_draw_a_progress_bar_frame() {
        assertThat(EvalProgress.line("alpha", 1, 4)).isEqualTo("eval alpha [#######-----------------------] 1/4");
    }
}
