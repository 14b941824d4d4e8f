package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.model.ChatModels;
import warta.core.model.ModelProbe;
import warta.core.model.RetryPolicy;
import warta.core.model.embedded.TinyGguf;

/**
 * The embedded provider through the real CLI wiring: a tiny random-weight GGUF written by the
 * test stands in for a real model (none can be downloaded here). Its text is garbage, so the
 * checks must fail; that is the honest outcome.
 */
class EmbeddedCommandTest {

    private static final String ARTICLE =
            "Harga cabai rawit di pasar tradisional naik menjadi Rp80.000 per kilogram.\n\n"
                    + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras.";

    @TempDir
    Path dir;

    private CliContext context(Map<String, String> env) {
        return new CliContext(
                CliRun.QUIET.stdin(),
                env,
                CliRun.QUIET.configFile(),
                (config, inner, files) -> ChatModels.create(config, RetryPolicy.from(config), inner, files),
                ModelProbe::check,
                false);
    }

    private Map<String, String> env() {
        return Map.of(
                "WARTA_MODELS_DIR",
                dir.resolve("models").toString(),
                "WARTA_NATIVE_DIR",
                dir.resolve("native").toString());
    }

    @Test
    void should_run_any_local_gguf_in_process_and_report_the_failed_checks() throws IOException {
        Path model = TinyGguf.write(dir, "kecil.gguf");
        Path article = Files.writeString(dir.resolve("cabai.txt"), ARTICLE);

        CliRun run = CliRun.in(
                context(env()),
                "translate",
                "--model-file",
                model.toString(),
                "--chunk-tokens",
                "400",
                "--max-output-tokens",
                "512",
                "--format",
                "json",
                article.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("\"provider\":\"embedded\"").contains("\"passed\":false");
        assertThat(run.err()).contains("checks failed");
    }

    @Test
    void should_process_with_a_random_weight_model_into_a_summary_that_parses() throws IOException {
        Path model = TinyGguf.write(dir, "kecil.gguf");
        Path article = Files.writeString(dir.resolve("cabai.txt"), ARTICLE);

        CliRun run = CliRun.in(
                context(env()),
                "process",
                "--model-file",
                model.toString(),
                "--chunk-tokens",
                "100",
                "--max-output-tokens",
                "1024",
                "--format",
                "json",
                article.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("translation").isObject()).isTrue();
        assertThat(result.get("summary").isObject()).as(run.out()).isTrue();
        assertThat(result.get("summary").get("headline").asText()).isNotBlank();
        assertThat(result.at("/checks/incomplete")).isEmpty();
        assertThat(run.err()).contains("checks failed").doesNotContain("incomplete");
    }

    @Test
    void should_not_download_when_offline_and_say_what_to_do() throws IOException {
        Path article = Files.writeString(dir.resolve("cabai.txt"), ARTICLE);

        CliRun run = CliRun.in(context(env()), "translate", "--offline", article.toString(), article.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).as("one line for both inputs").hasSize(1);
        assertThat(run.err())
                .contains("not downloaded")
                .contains("--offline")
                .contains("--model-file")
                .contains("--provider ollama");
        assertThat(dir.resolve("models"))
                .satisfiesAnyOf(
                        p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void should_refuse_a_model_file_with_another_provider() throws IOException {
        CliRun run = CliRun.of("translate", "--model-file", "x.gguf", "--provider", "ollama", "a.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--model-file runs the model in-process");
    }

    @Test
    void should_exit_promptly_after_an_embedded_run() throws Exception {
        Path model = TinyGguf.write(dir, "kecil.gguf");
        Path article = Files.writeString(dir.resolve("cabai.txt"), ARTICLE);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "warta.cli.Main",
                        "translate",
                        "--model-file",
                        model.toString(),
                        "--chunk-tokens",
                        "100",
                        "--max-output-tokens",
                        "128",
                        "--allow-failed-checks",
                        article.toString()))
                .redirectErrorStream(true);
        builder.environment().putAll(env());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes());
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited)
                .as("the CLI must exit after an embedded run: %s", output)
                .isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(60);
    }
}
