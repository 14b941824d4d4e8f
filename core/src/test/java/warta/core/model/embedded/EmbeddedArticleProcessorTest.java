package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
import warta.core.summarize.SummaryJson;

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

    @Test
    void should_summarize_the_translation_with_answers_that_parse() {
        // given the tiny model, asked for answers as long as a real run's, behind a model that keeps the summary
        // answers
        EmbeddedSettings settings = EmbeddedSettings.builder()
                .contextTokens(8192)
                .maxOutputTokens(1024)
                .threads(1)
                .nativeDir(dir)
                .build();
        LlamaChatModel llama = LlamaChatModel.open(TinyGguf.write(dir, "tiny-long.gguf"), settings);
        List<String> summaries = new CopyOnWriteArrayList<>();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse response = llama.chat(request);
                if (request.responseFormat() != null) {
                    summaries.add(response.aiMessage().text());
                }
                return response;
            }

            @Override
            public Set<Capability> supportedCapabilities() {
                return llama.supportedCapabilities();
            }
        };
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.EMBEDDED)
                .model("tiny-long.gguf")
                .contextTokens(8192)
                .maxOutputTokens(1024)
                .build();
        ArticleProcessor processor =
                new ArticleProcessor(model, config, PromptLibrary.builtIn(), Glossary.builtIn(), 64);

        // when
        ArticleResult result = processor.process(
                Article.text(Source.inline(), ARTICLE), EnumSet.allOf(Task.class), ProcessListener.NONE);

        // then every summary answer is a summary, so no request is spent on its form
        assertThat(result.translation()).isNotNull();
        assertThat(result.summary()).isNotNull();
        assertThat(result.checks().incomplete()).isEmpty();
        assertThat(summaries)
                .isNotEmpty()
                .allSatisfy(answer -> assertThatCode(() -> SummaryJson.parse(answer))
                        .as(answer)
                        .doesNotThrowAnyException());
        assertThat(summaries)
                .as("the first answer, and at most the one retry for what it says (too few sentences, no citations)")
                .hasSizeBetween(1, 2);
    }
}
