package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;

/** The whole pipeline on the tiny random model: it runs to the end, and the checks catch the garbage. */
class EmbeddedArticleProcessorTest {

    private static final String ARTICLE = """
            Pemerintah Resmikan Jalan Tol Baru

            Presiden meresmikan jalan tol baru di Jakarta pada Senin pagi. Jalan tol itu menghubungkan dua kota.

            Menteri mengatakan proyek itu selesai tepat waktu dan akan mengurangi kemacetan di ibu kota.
            """;

    @TempDir
    Path dir;

    @Test
    void should_translate_to_the_end_and_flag_the_garbage_in_the_checks() {
        LlamaChatModel model = LlamaChatModel.open(TinyGguf.write(dir, "tiny.gguf"), TinyGguf.settings(dir));
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.EMBEDDED)
                .model("tiny.gguf")
                .contextTokens(8192)
                .maxOutputTokens(128)
                .build();
        ArticleProcessor processor =
                new ArticleProcessor(model, config, PromptLibrary.builtIn(), Glossary.builtIn(), 64);

        ArticleResult result =
                processor.process(Article.text(Source.inline(), ARTICLE), Set.of(Task.TRANSLATE), ProcessListener.NONE);

        assertThat(result.translation()).isNotNull();
        assertThat(result.usage().requests()).isPositive();
        assertThat(result.checks().passed()).isFalse();
    }
}
