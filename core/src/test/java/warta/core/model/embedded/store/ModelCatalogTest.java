package warta.core.model.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.InputException;

class ModelCatalogTest {

    @TempDir
    Path dir;

    @Test
    void should_ship_the_qwen_presets_with_the_small_one_as_default() {
        ModelCatalog catalog = ModelCatalog.builtIn();

        assertThat(catalog.names()).containsExactly("qwen2.5-1.5b-instruct", "qwen2.5-7b-instruct", "gemma-3-4b-it");
        ModelPreset small = catalog.defaultPreset();
        assertThat(small.name()).isEqualTo("qwen2.5-1.5b-instruct");
        assertThat(small.url().toString())
                .startsWith("https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/")
                .endsWith("/qwen2.5-1.5b-instruct-q4_k_m.gguf");
        assertThat(small.fileName()).isEqualTo("qwen2.5-1.5b-instruct-q4_k_m.gguf");
        assertThat(small.license()).isEqualTo("Apache-2.0");
        assertThat(small.sizeText()).isEqualTo("1.1 GB");
        assertThat(small.knownSha256()).hasValue("6a1a2eb6d15622bf3c96857206351ba97e1af16c30d7a74ee38970e434e9407e");
        assertThat(catalog.get("qwen2.5-7b-instruct").fileName()).isEqualTo("Qwen2.5-7B-Instruct-Q4_K_M.gguf");
        assertThat(ModelCatalog.builtIn()).isSameAs(catalog);
    }

    @Test
    void should_list_the_known_names_for_an_unknown_one() {
        assertThatThrownBy(() -> ModelCatalog.builtIn().get("llama-9000"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "unknown model llama-9000: use one of qwen2.5-1.5b-instruct, qwen2.5-7b-instruct, gemma-3-4b-it");
    }

    @Test
    void should_pin_every_built_in_file_by_commit_and_sha256_and_default_to_a_model_without_terms() {
        ModelCatalog catalog = ModelCatalog.builtIn();

        assertThat(catalog.presets()).allSatisfy(preset -> {
            assertThat(preset.url().toString()).matches("https://huggingface\\.co/[^/]+/[^/]+/resolve/[0-9a-f]{40}/.+");
            assertThat(preset.knownSha256()).isPresent();
            assertThat(preset.sizeExact()).isTrue();
        });
        ModelPreset fallback = catalog.defaultPreset();
        assertThat(fallback.license()).isIn("Apache-2.0", "MIT");
        assertThat(fallback.termsRequired()).isFalse();
    }

    @Test
    void should_offer_gemma_3_only_behind_its_terms_with_its_published_quality() {
        ModelPreset gemma = ModelCatalog.builtIn().get("gemma-3-4b-it");

        assertThat(gemma.license()).isEqualTo("Gemma");
        assertThat(gemma.termsRequired()).isTrue();
        assertThat(gemma.terms()).hasToString("https://ai.google.dev/gemma/terms");
        assertThat(gemma.url().toString())
                .isEqualTo("https://huggingface.co/unsloth/gemma-3-4b-it-GGUF/resolve/"
                        + "5a3566e716d80f709ed7b79817eaf7733d2a1fce/gemma-3-4b-it-Q4_K_M.gguf");
        assertThat(gemma.knownSha256()).hasValue("04a43a22e8d2003deda5acc262f68ec1005fa76c735a9962a8c77042a74a7d19");
        assertThat(gemma.sizeBytes()).isEqualTo(2_489_894_016L);
        assertThat(gemma.contextLength()).isEqualTo(131_072);
        assertThat(gemma.qualityNote())
                .hasValueSatisfying(note ->
                        assertThat(note).startsWith("Gemma 3 model card").contains("WMT24++"));
        assertThat(ModelCatalog.builtIn().get("qwen2.5-1.5b-instruct").qualityNote())
                .isEmpty();
    }

    @Test
    void should_read_terms_and_a_quality_note() throws IOException {
        ModelCatalog catalog = parse("""
                models=open,gated
                default=open
                model.open.description=x
                model.open.url=https://example.org/open.gguf
                model.open.size=1
                model.open.license=MIT
                model.open.context=2048
                model.gated.description=y
                model.gated.url=https://example.org/gated.gguf
                model.gated.size=1
                model.gated.license=Gemma
                model.gated.terms=https://example.org/terms
                model.gated.quality=chrF 50 on a test set (a report)
                model.gated.context=2048
                """);

        assertThat(catalog.get("open").termsRequired()).isFalse();
        assertThat(catalog.get("gated").terms()).hasToString("https://example.org/terms");
        assertThat(catalog.get("gated").qualityNote()).hasValue("chrF 50 on a test set (a report)");
    }

    @Test
    void should_refuse_a_default_whose_terms_must_be_accepted() {
        assertThatThrownBy(() -> parse("""
                        models=gated
                        model.gated.description=y
                        model.gated.url=https://example.org/gated.gguf
                        model.gated.size=1
                        model.gated.license=Gemma
                        model.gated.terms=https://example.org/terms
                        model.gated.context=2048
                        """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the default gated has terms that must be accepted");
    }

    @Test
    void should_read_a_catalogue_named_by_the_environment() throws IOException {
        Path file = Files.writeString(dir.resolve("mirror.properties"), """
                models=tiny
                model.tiny.description=A tiny test model
                model.tiny.url=http://127.0.0.1:9/files/tiny.gguf
                model.tiny.size=4000
                model.tiny.license=MIT
                model.tiny.context=2048
                """);

        ModelCatalog catalog = ModelCatalog.forEnvironment(Map.of(ModelCatalog.ENV, file.toString()));

        ModelPreset tiny = catalog.defaultPreset();
        assertThat(tiny.fileName()).isEqualTo("tiny.gguf");
        assertThat(tiny.sizeExact()).isFalse();
        assertThat(tiny.sizeText()).isEqualTo("about 4.0 kB");
        assertThat(tiny.knownSha256()).isEmpty();
        assertThat(tiny.contextLength()).isEqualTo(2048);
    }

    @Test
    void should_name_the_variable_when_its_file_is_missing() {
        assertThatThrownBy(() -> ModelCatalog.forEnvironment(
                        Map.of(ModelCatalog.ENV, dir.resolve("none").toString())))
                .isInstanceOf(InputException.class)
                .hasMessage(ModelCatalog.ENV + "=" + dir.resolve("none") + ": no such catalogue file");
    }

    @Test
    void should_refuse_a_file_name_that_leaves_the_cache_folder() {
        assertThatThrownBy(() -> parse("""
                models=evil
                model.evil.description=x
                model.evil.url=https://example.org/x.gguf
                model.evil.file=../../.bashrc
                model.evil.size=1
                model.evil.license=MIT
                model.evil.context=1
                """))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("test: model evil: file must match");
    }

    @Test
    void should_name_a_refused_number_by_its_catalogue_key() {
        assertThatThrownBy(() -> parse("""
                models=kecil
                model.kecil.description=x
                model.kecil.url=https://example.org/kecil.gguf
                model.kecil.size=1
                model.kecil.license=MIT
                model.kecil.context=0
                """))
                .isInstanceOf(InputException.class)
                .hasMessage("test: model kecil: context must be positive, not 0");
    }

    @Test
    void should_name_the_key_that_is_wrong() {
        assertThatThrownBy(() ->
                        parse("models=a\nmodel.a.description=x\nmodel.a.url=https://e.org/a.gguf\nmodel.a.size=big\n"))
                .hasMessage("test: model.a.size=big is not a whole number");
        assertThatThrownBy(() -> parse("models=a\nmodel.b.url=https://e.org/a.gguf\n"))
                .hasMessage("test: model.b.url: the model b is not listed in models=");
        assertThatThrownBy(() -> parse("models=a\nmodel.a.colour=red\n"))
                .hasMessageStartingWith("test: unknown key model.a.colour");
        assertThatThrownBy(
                        () -> parse("models=a\nmodel.a.description=x\nmodel.a.url=ftp://e.org/a.gguf\nmodel.a.size=1\n"
                                + "model.a.license=MIT\nmodel.a.context=1\n"))
                .hasMessageContaining("url must be an absolute http(s) URL");
    }

    private static ModelCatalog parse(String text) throws IOException {
        return ModelCatalog.parse(new StringReader(text), "test");
    }
}
