package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.model.ChatModels;
import warta.core.model.Provider;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

class ModelCommandsTest {

    private static final String ARTICLE = """
            Pemprov Siapkan Perahu Karet untuk Warga Bekasi

            BEKASI, KABARKITA.com - Tinggi muka air Kali Bekasi naik hingga 4 meter pada Senin pagi. Warga di 3 kelurahan diminta waspada.
            Baca juga: Banjir Rendam Ribuan Rumah
            Badan Penanggulangan Bencana Daerah menyiagakan 12 perahu karet dan dapur umum.
            """;
    private static final String SUMMARY = """
            {"headline": "Bekasi prepares for floods",
             "summary": [{"text": "The Kali Bekasi river rose to 4 meters on Monday morning.", "sources": [1]},
                         {"text": "Residents of 3 districts were told to stay alert.", "sources": [2]},
                         {"text": "The disaster agency readied 12 rubber boats and a public kitchen.", "sources": [3]}],
             "keyPoints": [{"text": "The river rose to 4 meters", "sources": [1]},
                           {"text": "Residents of 3 districts warned", "sources": [2]},
                           {"text": "12 rubber boats ready", "sources": [3]}],
             "entities": {"people": [], "organizations": ["Badan Penanggulangan Bencana Daerah"], "places": ["Bekasi"]}}
            """;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("banjir.txt"), ARTICLE);
    }

    private static FakeModel translator() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : SUMMARY);
    }

    @Test
    void should_print_the_english_translation_as_text() throws IOException {
        FakeModel model = translator();
        CliRun run = CliRun.withModel(config -> model, "translate", article().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String[] blocks = run.out().strip().split("\n\n");
        assertThat(blocks).hasSize(3);
        assertThat(blocks[1]).contains("4").contains("3");
        assertThat(run.out()).doesNotContain("Baca juga").doesNotContain("[1]");
        assertThat(model.requests()).hasSize(1);
    }

    @Test
    void should_print_the_result_document_as_json() throws IOException {
        CliRun run = CliRun.withModel(
                config -> translator(), "process", "--format", "json", article().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = json.readTree(run.out());
        assertThat(result.get("id").asText()).isEqualTo("banjir");
        assertThat(result.at("/translation/paragraphs")).hasSize(2);
        assertThat(result.at("/summary/headline").asText()).isEqualTo("Bekasi prepares for floods");
        assertThat(result.at("/summary/keyPoints/2").toString())
                .isEqualTo("{\"text\":\"12 rubber boats ready\",\"sources\":[3]}");
        assertThat(result.at("/summary/summarySentences/1/sources").toString()).isEqualTo("[2]");
        assertThat(result.at("/checks/passed").asBoolean())
                .as(result.get("checks").toString())
                .isTrue();
        assertThat(result.at("/usage/provider").asText())
                .as("no provider configured: embedded")
                .isEqualTo(Provider.EMBEDDED.id());
        assertThat(result.at("/usage/requests").asInt()).isEqualTo(2);
        assertThat(result.at("/usage/promptVersion").asText()).hasSize(12);
        assertThat(result.get("removed").findValuesAsText("reason")).contains("related-link");
    }

    @Test
    void should_render_markdown_with_the_summary_card_and_the_translation() throws IOException {
        CliRun run = CliRun.withModel(
                config -> translator(),
                "process",
                "--format",
                "markdown",
                article().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("# ")
                .contains("> **Bekasi prepares for floods**")
                .contains("> The Kali Bekasi river rose to 4 meters on Monday morning. [sources: 1] Residents")
                .contains("> - 12 rubber boats ready [sources: 3]\n")
                .contains("## Translation")
                .contains("All checks passed.")
                .contains("KABARKITA.com · BEKASI");
    }

    @Test
    void should_write_the_output_file_whole_and_only_on_success() throws IOException {
        Path out = dir.resolve("hasil/banjir.json");
        CliRun run = CliRun.withModel(
                config -> translator(),
                "summarize",
                "--format",
                "json",
                "-o",
                out.toString(),
                article().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(json.readTree(Files.readString(out)).at("/summary/keyPoints"))
                .hasSize(3);
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }

        Path untouched = Files.writeString(dir.resolve("lama.json"), "{\"lama\": true}");
        CliRun failed = CliRun.withModel(
                config -> translator(),
                "summarize",
                "-o",
                untouched.toString(),
                dir.resolve("hilang.txt").toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(Files.readString(untouched)).isEqualTo("{\"lama\": true}");
    }

    @Test
    void should_print_the_exact_requests_of_a_dry_run_and_send_nothing() throws IOException {
        CliRun run = CliRun.of("process", "--dry-run", article().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("2 request(s) to embedded qwen2.5-1.5b-instruct")
                .contains("--- translate chunk 1 of 1 (about ")
                .contains("[system]")
                .contains("[user]")
                .contains("<article>\n[1] Pemprov Siapkan Perahu Karet")
                .contains("--- summarize");
    }

    @Test
    void should_print_a_dry_run_as_one_json_document_per_input_with_format_json() throws IOException {
        CliRun run = CliRun.of(
                "process",
                "--dry-run",
                "--format",
                "json",
                "--provider",
                "openai",
                "--base-url",
                "http://127.0.0.1:9/v1",
                article().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode plan = json.readTree(run.out());
        assertThat(plan.path("input").asText()).isEqualTo(article().toString());
        assertThat(plan.path("provider").asText()).isEqualTo("openai");
        assertThat(plan.path("baseUrl").asText()).isEqualTo("http://127.0.0.1:9/v1");
        JsonNode requests = plan.path("requests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("purpose").asText()).isEqualTo("translate chunk 1 of 1");
        assertThat(requests.get(0).path("jsonSchema").isNull()).isTrue();
        assertThat(requests.get(0).path("messages").get(1).path("text").asText())
                .contains("<article>\n[1] Pemprov Siapkan Perahu Karet");
        assertThat(requests.get(1).path("purpose").asText()).startsWith("summarize");
        assertThat(requests.get(1).path("jsonSchema").asText()).isEqualTo("summary");
        assertThat(requests.get(1).path("messages").get(0).path("role").asText())
                .isEqualTo("system");
        int sum = requests.get(0).path("inputTokens").asInt()
                + requests.get(1).path("inputTokens").asInt();
        assertThat(plan.path("inputTokens").asInt()).isPositive().isEqualTo(sum);
    }

    @Test
    void should_advise_raising_max_output_tokens_when_they_leave_too_little_room() throws IOException {
        CliRun run = CliRun.withModel(
                config -> translator(),
                "process",
                "--max-output-tokens",
                "64",
                article().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("the most output tokens (64) leave room for only 49 tokens of article text")
                .contains("raise --max-output-tokens 84 or more")
                .doesNotContain("lower the max output tokens")
                .doesNotContain("lower --max-output-tokens")
                .doesNotContain("Exception");
    }

    @Test
    void should_advise_raising_max_output_tokens_when_the_summary_is_cut_off() throws IOException {
        ChatModel cutting = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                String user = FakeModel.lastUser(request);
                if (user.contains("paragraphs into English")) {
                    return ChatResponse.builder()
                            .aiMessage(AiMessage.from(FakeEnglish.answer(user)))
                            .finishReason(FinishReason.STOP)
                            .build();
                }
                return ChatResponse.builder()
                        .aiMessage(AiMessage.from(SUMMARY.substring(0, 90)))
                        .finishReason(FinishReason.LENGTH)
                        .build();
            }
        };
        CliRun run = CliRun.withModel(
                config -> cutting,
                "summarize",
                "--max-output-tokens",
                "100",
                article().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("the model's summary was cut off by the most output tokens")
                .contains("raise --max-output-tokens")
                .doesNotContain("Exception");
    }

    @Test
    void should_exit_1_when_checks_fail_unless_allowed() throws IOException {
        FakeModel lazy = FakeModel.answering(request -> {
            String user = FakeModel.lastUser(request);
            return FakeEnglish.answer(user)
                    .replaceFirst(
                            "\\[3\\] .*",
                            "[3] Badan Penanggulangan Bencana Daerah menyiagakan"
                                    + " 12 perahu karet dan dapur umum di lokasi pengungsian.");
        });
        CliRun strict = CliRun.withModel(config -> lazy, "translate", article().toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("checks failed: 1 untranslated").contains("--allow-failed-checks");
        assertThat(strict.err())
                .as("the text format names each finding on stderr")
                .contains("  untranslated \u00B62: \"Badan Penanggulangan Bencana Daerah menyiagakan 12 perahu karet");
        assertThat(strict.out()).contains("perahu karet");

        CliRun json = CliRun.withModel(
                config -> lazy, "translate", "--format", "json", article().toString());
        assertThat(json.err()).contains("(the result lists them)").doesNotContain("  untranslated");

        CliRun allowed = CliRun.withModel(
                config -> lazy, "translate", "--allow-failed-checks", article().toString());
        assertThat(allowed.exitCode()).isZero();
    }

    @Test
    void should_say_in_one_line_when_the_provider_cannot_be_reached_and_stop() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path a = article();
        Path config = Files.writeString(dir.resolve("config.properties"), "retries=1\n");
        CliContext context = new CliContext(
                CliRun.QUIET.stdin(),
                java.util.Map.of(),
                config,
                (c, inner, files) -> ChatModels.create(c),
                CliRun.QUIET.probe(),
                false);
        CliRun run = CliRun.in(
                context,
                "translate",
                "--provider",
                "ollama",
                "--base-url",
                "http://127.0.0.1:" + port,
                a.toString(),
                a.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("warta: cannot reach http://127.0.0.1:" + port)
                .contains("is Ollama running?");
    }

    @Test
    void should_treat_a_bad_provider_option_as_a_usage_error() throws IOException {
        CliRun run = CliRun.of("translate", "--provider", "telepati", article().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown provider");
    }

    @Test
    void should_take_model_settings_from_options_over_the_environment() throws IOException {
        java.util.concurrent.atomic.AtomicReference<warta.core.model.ModelConfig> made =
                new java.util.concurrent.atomic.AtomicReference<>();
        CliContext context = new CliContext(
                CliRun.QUIET.stdin(),
                java.util.Map.of("WARTA_PROVIDER", "openai", "WARTA_MODEL", "dari-env", "OPENAI_API_KEY", "sk-rahasia"),
                CliRun.QUIET.configFile(),
                (config, inner, files) -> {
                    made.set(config);
                    return translator();
                },
                CliRun.QUIET.probe(),
                false);

        CliRun run = CliRun.in(
                context,
                "translate",
                "--model",
                "dari-opsi",
                "--timeout",
                "90s",
                "--retries",
                "2",
                "--article-time-budget",
                "5m",
                "--context-tokens",
                "16384",
                "--max-output-tokens",
                "4096",
                "--concurrency",
                "3",
                article().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(made.get().provider()).isEqualTo(Provider.OPENAI);
        assertThat(made.get().model()).isEqualTo("dari-opsi");
        assertThat(made.get().apiKey()).isEqualTo("sk-rahasia");
        assertThat(made.get().timeout()).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(made.get().maxRetries()).isEqualTo(2);
        assertThat(made.get().articleTimeBudget()).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(made.get().contextTokens()).isEqualTo(16384);
        assertThat(made.get().maxOutputTokens()).isEqualTo(4096);
        assertThat(made.get().concurrency()).isEqualTo(3);
        assertThat(run.out() + run.err()).doesNotContain("sk-rahasia");
    }

    @Test
    void should_treat_bad_model_option_values_as_usage_errors() throws IOException {
        assertThat(CliRun.of("translate", "--retries", "-1", article().toString())
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("translate", "--timeout", "sebentar", article().toString())
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("translate", "--chunk-tokens", "5", article().toString())
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void should_exit_1_not_2_when_a_refused_value_comes_from_the_environment_or_the_config_file() throws IOException {
        // given a bad provider in the environment, and a bad timeout in the config file
        CliContext env = new CliContext(
                CliRun.QUIET.stdin(),
                java.util.Map.of("WARTA_PROVIDER", "telepati"),
                CliRun.QUIET.configFile(),
                CliRun.QUIET.models(),
                CliRun.QUIET.probe(),
                false);
        Path configFile = Files.writeString(dir.resolve("config.properties"), "timeout=sebentar\n");
        CliContext file = new CliContext(
                CliRun.QUIET.stdin(),
                java.util.Map.of(),
                configFile,
                CliRun.QUIET.models(),
                CliRun.QUIET.probe(),
                false);

        // when
        CliRun fromEnv = CliRun.in(env, "translate", article().toString());
        CliRun fromFile = CliRun.in(file, "translate", article().toString());

        // then
        assertThat(fromEnv.exitCode()).as(fromEnv.err()).isEqualTo(1);
        assertThat(fromEnv.err()).contains("WARTA_PROVIDER=telepati: unknown provider; use openai, ollama or embedded");
        assertThat(fromFile.exitCode()).as(fromFile.err()).isEqualTo(1);
        assertThat(fromFile.err()).contains(configFile + ": timeout=sebentar is not a number of seconds");
    }

    @Test
    void should_use_a_user_glossary_and_prompt_folder() throws IOException {
        Path glossary = Files.writeString(dir.resolve("glosarium.tsv"), "perahu karet\tinflatable boat\n");
        Path prompts = Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(prompts.resolve("translate-system.txt"), "Translate Indonesian news into plain English.\n");
        FakeModel model = translator();

        CliRun run = CliRun.withModel(
                config -> model,
                "translate",
                "--glossary",
                glossary.toString(),
                "--prompts",
                prompts.toString(),
                article().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(FakeModel.system(model.requests().getFirst()))
                .isEqualTo("Translate Indonesian news into plain English.\n");
        assertThat(FakeModel.lastUser(model.requests().getFirst())).contains("perahu karet = inflatable boat");
    }
}
