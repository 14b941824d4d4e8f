package warta.core.model.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;

class ModelStoreTest {

    private static final int SIZE = 4096;

    @TempDir
    Path dir;

    private FakeModelServer server;
    private ModelStore store;

    @BeforeEach
    void start() throws IOException {
        server = FakeModelServer.start(SIZE);
        store = store(server.fileUrl(), server.sha256());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ModelStore store(URI url, String sha256) {
        ModelPreset tiny =
                new ModelPreset("tiny", "A tiny test model", url, "tiny.gguf", SIZE, true, "MIT", sha256, 2048);
        ModelPreset other =
                new ModelPreset("other", "Another", server.missingUrl(), "other.gguf", 10, false, "MIT", null, 512);
        return new ModelStore(
                ModelCatalog.of(List.of(tiny, other), "tiny"),
                dir.resolve("cache"),
                Downloader.builder().retryDelay(Duration.ZERO).build());
    }

    private ModelStore gatedStore(java.util.Set<String> accepted) {
        ModelPreset open =
                new ModelPreset("open", "Open", server.missingUrl(), "open.gguf", 10, false, "MIT", null, 512);
        ModelPreset gated = new ModelPreset(
                "gated",
                "Behind terms",
                server.fileUrl(),
                "gated.gguf",
                SIZE,
                true,
                "Gemma",
                server.sha256(),
                2048,
                URI.create("https://example.org/terms"),
                null);
        return new ModelStore(
                ModelCatalog.of(List.of(open, gated), "open"),
                dir.resolve("cache"),
                Downloader.builder().retryDelay(Duration.ZERO).build(),
                accepted);
    }

    @Test
    void should_not_download_a_model_whose_terms_are_not_accepted() {
        ModelStore gated = gatedStore(java.util.Set.of());

        assertThatThrownBy(() -> gated.pull("gated", DownloadListener.NONE))
                .isInstanceOf(InputException.class)
                .hasMessage("the model gated is under Gemma terms of use (https://example.org/terms), which you must"
                        + " accept before it is downloaded: read them, then run 'warta models pull gated"
                        + " --accept-terms', or set WARTA_ACCEPT_TERMS=gated; or use a model file you already have"
                        + " with --model-file PATH");
        assertThatThrownBy(() -> gated.locate("gated", false, DownloadListener.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("WARTA_ACCEPT_TERMS=gated");
        assertThat(gated.termsAccepted(gated.catalog().get("gated"))).isFalse();
        assertThat(gated.termsAccepted(gated.catalog().get("open"))).isTrue();
        assertThat(server.requests()).isEmpty();
        assertThat(dir.resolve("cache/gated.gguf")).doesNotExist();
    }

    @Test
    void should_download_a_model_whose_terms_were_accepted_by_the_flag_or_the_environment() {
        assertThat(gatedStore(java.util.Set.of()).pull("gated", DownloadListener.NONE, true))
                .hasBinaryContent(server.content());
        gatedStore(java.util.Set.of()).remove("gated");

        ModelStore byName = gatedStore(ModelStore.acceptedTerms(" other , gated,,"));
        assertThat(byName.locate("gated", false, DownloadListener.NONE)).hasBinaryContent(server.content());
        gatedStore(java.util.Set.of()).remove("gated");

        ModelStore all = ModelStore.forEnvironment(Map.of(ModelStore.ACCEPT_TERMS_ENV, "all"));
        assertThat(all.catalog().presets()).allMatch(all::termsAccepted);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void should_use_a_model_already_downloaded_without_asking_for_its_terms_again() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.write(dir.resolve("cache/gated.gguf"), server.content());

        assertThat(gatedStore(java.util.Set.of()).locate("gated", true, DownloadListener.NONE))
                .isEqualTo(dir.resolve("cache/gated.gguf"));
    }

    @Test
    void should_find_the_cache_folder_from_the_environment() {
        Path home = Path.of("/home/ani");

        assertThat(ModelStore.cacheDir(Map.of(), home)).isEqualTo(Path.of("/home/ani/.cache/warta/models"));
        assertThat(ModelStore.cacheDir(Map.of("XDG_CACHE_HOME", "/var/cache/ani"), home))
                .isEqualTo(Path.of("/var/cache/ani/warta/models"));
        assertThat(ModelStore.cacheDir(Map.of("XDG_CACHE_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ani/.cache/warta/models"));
        assertThat(ModelStore.cacheDir(Map.of("XDG_CACHE_HOME", "/var/cache/ani", "WARTA_MODELS_DIR", "/models"), home))
                .isEqualTo(Path.of("/models"));
    }

    @Test
    void should_list_what_is_installed() throws IOException {
        store.pull("tiny", DownloadListener.NONE);

        assertThat(store.list())
                .extracting(status -> status.preset().name(), ModelStatus::installed, ModelStatus::bytesOnDisk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tiny", true, (long) SIZE),
                        org.assertj.core.groups.Tuple.tuple("other", false, 0L));
        assertThat(store.path("tiny")).hasValue(dir.resolve("cache/tiny.gguf"));
        assertThat(store.path("other")).isEmpty();
    }

    @Test
    void should_download_a_preset_once_and_then_use_the_cached_file() {
        Path first = store.locate("tiny", false, DownloadListener.NONE);
        Path second = store.locate(null, false, DownloadListener.NONE);

        assertThat(first).isEqualTo(second).isEqualTo(dir.resolve("cache/tiny.gguf"));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void should_never_connect_when_offline() {
        assertThatThrownBy(() -> store.locate("tiny", true, DownloadListener.NONE))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "the model tiny is not downloaded and --offline is set: run 'warta models pull tiny', or use"
                                + " --model-file PATH, --provider ollama, or --provider openai --base-url ...");
        assertThat(server.requests()).isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void should_say_a_missing_model_in_the_terms_of_a_front_end_without_an_offline_flag() {
        SettingNames environment = key -> key.equals("offline")
                ? null
                : "WARTA_" + key.toUpperCase(Locale.ROOT).replace('-', '_');

        assertThatThrownBy(() -> store.locate("tiny", true, DownloadListener.NONE))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.message(environment))
                                .isEqualTo(
                                        "the model tiny is not downloaded yet: it is downloaded when a request first needs"
                                                + " it, or run 'warta models pull tiny' beforehand; or use WARTA_MODEL_FILE=PATH,"
                                                + " WARTA_PROVIDER=ollama, or WARTA_PROVIDER=openai WARTA_BASE_URL=..."));
        assertThatThrownBy(() -> store.locate("raksasa", true, DownloadListener.NONE))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.message(environment))
                                .endsWith("(see 'warta models list'), or WARTA_MODEL_FILE=PATH with a .gguf file")
                                .doesNotContain("--"));
    }

    @Test
    void should_return_an_existing_gguf_file_as_it_is_even_offline() throws IOException {
        Path file = Files.write(dir.resolve("mine.gguf"), FakeModelServer.fakeGguf(100));

        assertThat(store.locate(file.toString(), true, DownloadListener.NONE)).isEqualTo(file);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_refuse_a_missing_or_foreign_model_file() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.gguf"), "hello");

        assertThatThrownBy(() -> store.locate(dir.resolve("none.gguf").toString(), false, DownloadListener.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("none.gguf: no such model file");
        assertThatThrownBy(() -> store.locate(text.toString(), false, DownloadListener.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("not a GGUF model file (it does not start with 'GGUF')");
    }

    @Test
    void should_list_the_known_names_for_an_unknown_one() {
        assertThatThrownBy(() -> store.locate("llama-9000", false, DownloadListener.NONE))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("unknown model llama-9000: use one of tiny, other");
    }

    @Test
    void should_name_the_alternatives_when_the_host_is_unreachable() {
        server.close();

        assertThatThrownBy(() -> store.pull("tiny", DownloadListener.NONE))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.UNREACHABLE))
                .hasMessageStartingWith("cannot download the model tiny: cannot reach 127.0.0.1")
                .hasMessageEndingWith(
                        "check the network, or use --model-file PATH, --provider ollama, or --provider openai --base-url ...");
    }

    @Test
    void should_remove_the_file_and_an_interrupted_download() throws IOException {
        store.pull("tiny", DownloadListener.NONE);
        Files.writeString(dir.resolve("cache/other.gguf.part"), "GG");

        assertThat(store.remove("tiny")).isTrue();
        assertThat(store.remove("other")).isTrue();
        assertThat(store.remove("tiny")).isFalse();
        try (var files = Files.list(dir.resolve("cache"))) {
            assertThat(files).isEmpty();
        }
    }
}
