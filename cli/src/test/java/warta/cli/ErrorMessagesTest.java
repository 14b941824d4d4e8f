package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is one line that names the input and says what is wrong, with the documented exit code. */
class ErrorMessagesTest {

    @TempDir
    Path dir;

    private String article() throws IOException {
        return Files.writeString(dir.resolve("a.txt"), "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin.\n")
                .toString();
    }

    private CliContext withConfig(Path configFile) {
        CliContext quiet = CliRun.QUIET;
        return new CliContext(quiet.stdin(), Map.of(), configFile, quiet.models(), quiet.probe(), false);
    }

    @Test
    void should_print_one_line_and_where_help_is_for_a_usage_error() throws IOException {
        CliRun run = CliRun.of("translate", "--provider", "foo", article());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly(
                        "warta: --provider=foo: unknown provider; use openai, ollama or embedded",
                        "try 'warta translate --help'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--temperature     | x       | --temperature=x is not a number",
                "--temperature     | 3       | --temperature=3 must be between 0.0 and 2.0",
                "--context-tokens  | -1      | --context-tokens=-1 must be 1 or more",
                "--context-tokens  | 64      | max-output-tokens (2048, the default) must be less than --context-tokens=64",
                "--max-output-tokens | 0     | --max-output-tokens=0 must be 1 or more",
                "--max-output-tokens | 9000  | --max-output-tokens=9000 must be less than context-tokens (8192, the default)",
                "--concurrency     | 0       | --concurrency must be at least 1",
                "--retries         | -1      | --retries=-1 must be 0 or more",
                "--timeout         | 1e400   | --timeout=1e400 is too long: at most 24 hours (86400 s)",
                "--timeout         | 0       | --timeout=0 must be more than 0",
                "--article-time-budget | 0   | --article-time-budget=0 must be more than 0",
                "--timeout         | soon    | --timeout=soon is not a number of seconds (or with a unit: 500ms, 90s, 2m)",
                "--base-url        | ftp://x | --base-url=ftp://x is not an http or https URL",
                "--provider        | foo     | --provider=foo: unknown provider; use openai, ollama or embedded",
                "--chunk-tokens    | 1       | --chunk-tokens must be at least 8, not 1",
            })
    void should_refuse_every_bad_model_option_value_as_a_usage_error_in_one_line(
            String option, String value, String message) throws IOException {
        for (List<String> args : List.of(List.of(option, value), List.of(option + "=" + value))) {
            List<String> line = new ArrayList<>(List.of("translate", "--dry-run"));
            line.addAll(args);
            line.add(article());

            CliRun run = CliRun.of(line.toArray(String[]::new));

            assertThat(run.exitCode())
                    .as(String.join(" ", args) + ": " + run.err())
                    .isEqualTo(2);
            assertThat(run.err().lines()).containsExactly("warta: " + message, "try 'warta translate --help'");
        }
    }

    @Test
    void should_say_a_binary_config_file_is_not_utf8_text_naming_it() throws IOException {
        Path config = Files.write(dir.resolve("config.properties"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

        CliRun run = CliRun.in(withConfig(config), "translate", "--dry-run", article());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("warta: cannot read config file " + config + ": not UTF-8 text");
    }

    @Test
    void should_refuse_a_config_path_that_is_a_directory() throws IOException {
        Path config = Files.createDirectories(dir.resolve("config.properties"));

        CliRun run = CliRun.in(withConfig(config), "translate", "--dry-run", article());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("warta: config file " + config + " is a directory, not a properties file");
    }

    @Test
    void should_exit_1_in_one_line_when_a_batch_source_is_not_there_and_run_nothing() throws IOException {
        Path out = dir.resolve("hasil");
        String missing = dir.resolve("hilang").toString();

        CliRun run = CliRun.of("batch", "--out", out.toString(), article(), missing);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("warta: nothing could run: no such file or directory: " + missing);
        assertThat(out).doesNotExist();
    }

    @Test
    void should_say_an_ftp_input_is_not_an_http_url() {
        CliRun run = CliRun.of("inspect", "ftp://example.com/berita.txt");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("warta: not an http or https URL: ftp://example.com/berita.txt"
                        + " (only http and https URLs can be read)");
    }
}
