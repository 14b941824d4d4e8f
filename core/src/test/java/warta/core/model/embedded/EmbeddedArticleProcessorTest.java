package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.EnumSet;
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

    /**
     * The real engine answers every request (so its prompt cache and usage are real); a summary's
     * answer, which a random model cannot write, is replaced by a readable one after the fact.
     */
    private record SummaryStandIn(ChatModel engine) implements ChatModel {

        private static final String SUMMARY = """
                {"headline": "A new toll road opens in Jakarta",
                 "summary": [{"text": "The president opened a new toll road in Jakarta.", "sources": [1]},
                             {"text": "It links two cities.", "sources": [2]},
                             {"text": "A minister said the project ended on time.", "sources": [3]}],
                 "keyPoints": [{"text": "A new toll road", "sources": [1]},
                               {"text": "Two cities linked", "sources": [2]},
                               {"text": "On time", "sources": [3]}],
                 "entities": {"people": [], "organizations": [], "places": ["Jakarta"]}}""";

        @Override
        public ChatResponse doChat(ChatRequest request) {
            ChatResponse response = engine.chat(request);
            String last = request.messages().getLast().toString();
            boolean summary = last.contains("Now summarize")
                    || request.messages().getFirst().toString().contains("You summarize");
            return summary
                    ? response.toBuilder().aiMessage(AiMessage.from(SUMMARY)).build()
                    : response;
        }
    }

    @Test
    void should_serve_at_least_two_fifths_of_the_prompt_tokens_of_a_one_chunk_article_from_the_cache() {
        LlamaChatModel engine = LlamaChatModel.open(TinyGguf.write(dir, "tiny.gguf"), TinyGguf.settings(dir));
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.EMBEDDED)
                .model("tiny.gguf")
                .contextTokens(8192)
                .maxOutputTokens(128)
                .build();
        ArticleProcessor processor = new ArticleProcessor(
                new SummaryStandIn(engine), config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000);

        ArticleResult result = processor.process(
                Article.text(Source.inline(), ARTICLE), EnumSet.allOf(Task.class), ProcessListener.NONE);

        var usage = result.usage();
        assertThat(result.summary()).isNotNull();
        assertThat(usage.cachedInputTokens()).isPositive();
        assertThat((double) usage.cachedInputTokens() / usage.inputTokens()).isGreaterThanOrEqualTo(0.4);
    }
}
