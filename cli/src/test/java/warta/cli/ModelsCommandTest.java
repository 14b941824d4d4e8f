package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.model.embedded.store.FakeModelServer;

class ModelsCommandTest {

    private static final int SIZE = 5000;

    @TempDir
    Path dir;

    private FakeModelServer server;
    private CliContext context;

    @BeforeEach
    void start() throws IOException {
        server = FakeModelServer.start(SIZE);
        context = context(server.fileUrl(), server.sha256());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliContext context(URI url, String sha256) throws IOException {
        Path catalog = Files.writeString(dir.resolve("catalog.properties"), """
                models=tiny,other,gated
                default=tiny
                model.tiny.description=A tiny test model
                model.tiny.url=%s
                model.tiny.size=%d
                model.tiny.size-exact=true
                model.tiny.license=MIT
                model.tiny.sha256=%s
                model.tiny.context=2048
                model.other.description=Another test model
                model.other.url=%s
                model.other.size=7000000000
                model.other.license=Apache-2.0
                model.other.context=4096
                model.gated.description=A model behind terms
                model.gated.url=%s
                model.gated.file=gated.gguf
                model.gated.size=%d
                model.gated.size-exact=true
                model.gated.license=Gemma
                model.gated.terms=https://example.org/terms
                model.gated.sha256=%s
                model.gated.context=131072
                model.gated.quality=chrF 50 on a test set (a report)
                """.formatted(
                        url, SIZE, sha256, server.missingUrl(), url, SIZE, sha256));
        Map<String, String> env =
                Map.of("WARTA_MODELS_DIR", cache().toString(), "WARTA_MODEL_CATALOG", catalog.toString());
        return new CliContext(
                CliRun.QUIET.stdin(),
                env,
                CliRun.QUIET.configFile(),
                CliRun.QUIET.models(),
                CliRun.QUIET.probe(),
                false);
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    @Test
    void should_list_the_catalogue_with_size_license_terms_context_quality_and_whether_installed() {
        CliRun run = CliRun.in(context, "models", "list");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "NAME   SIZE           LICENSE      TERMS        CONTEXT  INSTALLED  DESCRIPTION",
                        "tiny   5.0 kB         MIT          -            2K       no         A tiny test model (default)",
                        "other  about 7.0 GB   Apache-2.0   -            4K       no         Another test model",
                        "gated  5.0 kB         Gemma        must accept  128K     no         A model behind terms",
                        "       quality: chrF 50 on a test set (a report)");
    }

    @Test
    void should_refuse_to_pull_a_model_whose_terms_are_not_accepted_and_name_the_ways_to_accept_them() {
        CliRun run = CliRun.in(context, "models", "pull", "-q", "gated");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("warta: the model gated is under Gemma terms of use (https://example.org/terms), which you"
                        + " must accept before it is downloaded: read them, then run 'warta models pull gated"
                        + " --accept-terms', or set WARTA_ACCEPT_TERMS=gated; or use a model file you already have"
                        + " with --model-file PATH\n");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_pull_a_model_whose_terms_are_accepted_with_the_flag_and_say_so() {
        CliRun run = CliRun.in(context, "models", "pull", "-q", "--accept-terms", "gated");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .startsWith("warta: downloading gated (5.0 kB, Gemma, terms accepted: https://example.org/terms)");
        assertThat(cache().resolve("gated.gguf")).hasBinaryContent(server.content());
        // and the list says so afterwards, without WARTA_ACCEPT_TERMS
        assertThat(CliRun.in(context, "models", "list").out().lines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("gated ")
                        .contains(" accepted ")
                        .contains(" yes "));
    }

    @Test
    void should_pull_a_model_saying_first_what_and_how_big_then_print_its_path() {
        CliRun run = CliRun.in(context, "models", "pull", "tiny");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = cache().resolve("model.gguf");
        assertThat(run.out()).isEqualTo(file.toAbsolutePath() + "\n");
        assertThat(file).hasBinaryContent(server.content());
        assertThat(run.err().lines().toList())
                .first()
                .asString()
                .isEqualTo("warta: downloading tiny (5.0 kB, MIT) from 127.0.0.1 to " + cache());
        assertThat(run.err())
                .contains("warta: tiny: 0 B of 5.0 kB (0%)")
                .contains("warta: tiny: 5.0 kB of 5.0 kB (100%)")
                .contains("warta: tiny: SHA-256 " + server.sha256() + " matches the catalogue");

        CliRun list = CliRun.in(context, "models", "list");
        assertThat(list.out()).contains("tiny   5.0 kB         MIT          -            2K       yes");
    }

    @Test
    void should_not_download_again_what_is_there() {
        CliRun.in(context, "models", "pull", "tiny");
        CliRun again = CliRun.in(context, "models", "pull", "--quiet", "tiny");

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).isEqualTo("warta: tiny is already downloaded\n");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void should_fail_with_exit_1_and_nothing_cached_on_a_checksum_mismatch() throws IOException {
        CliRun run = CliRun.in(context(server.fileUrl(), "0".repeat(64)), "models", "pull", "-q", "tiny");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("warta: the download of model.gguf").contains("it was deleted");
        try (var files = Files.list(cache())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void should_name_the_alternatives_when_the_server_cannot_be_reached() {
        server.close();

        CliRun run = CliRun.in(context, "models", "pull", "-q", "tiny");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("warta: cannot download the model tiny: cannot reach 127.0.0.1")
                .contains("--model-file PATH, --provider ollama, or --provider openai --base-url ...");
    }

    @Test
    void should_print_the_path_of_a_downloaded_model_and_exit_1_for_one_that_is_not() {
        CliRun missing = CliRun.in(context, "models", "path", "tiny");
        CliRun.in(context, "models", "pull", "-q", "tiny");
        CliRun found = CliRun.in(context, "models", "path", "tiny");
        CliRun folder = CliRun.in(context, "models", "path");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("warta: the model tiny is not downloaded: run 'warta models pull tiny'\n");
        assertThat(found.exitCode()).isZero();
        assertThat(found.out()).isEqualTo(cache().resolve("model.gguf").toAbsolutePath() + "\n");
        assertThat(folder.out()).isEqualTo(cache().toAbsolutePath() + "\n");
    }

    @Test
    void should_remove_a_downloaded_model() {
        CliRun.in(context, "models", "pull", "-q", "tiny");

        CliRun removed = CliRun.in(context, "models", "rm", "tiny");
        CliRun again = CliRun.in(context, "models", "rm", "tiny");

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.err()).isEqualTo("warta: removed tiny from " + cache() + "\n");
        assertThat(cache().resolve("model.gguf")).doesNotExist();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("warta: the model tiny is not downloaded\n");
    }

    @Test
    void should_exit_2_for_an_unknown_model_and_list_the_known_ones() {
        for (String command : new String[] {"pull", "rm", "path"}) {
            CliRun run = CliRun.in(context, "models", command, "llama-9000");

            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("unknown model llama-9000: use one of tiny, other");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_exit_2_without_a_subcommand() {
        CliRun run = CliRun.in(context, "models");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command: try 'warta models list'");
    }
}
