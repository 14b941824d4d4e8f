package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenCounters;
import warta.core.chunk.TokenizingModel;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;
import warta.core.summarize.SourceLines;
import warta.core.summarize.SummaryJson;
import warta.core.testing.FakeModel;

/** The whole pipeline on the tiny random model: it runs to the end, and the checks catch the garbage. */
class EmbeddedArticleProcessorTest {

    private static final String ARTICLE = """
            Pemerintah Resmikan Jalan Tol Baru

            Presiden meresmikan jalan tol baru di Jakarta pada Senin pagi. Jalan tol itu menghubungkan dua kota.

            Menteri mengatakan proyek itu selesai tepat waktu dan akan mengurangi kemacetan di ibu kota.
            """;

    private static final int CONTEXT = 8192;
    private static final int REPEATS = 40;
    private static final int ANSWER = 1024;
    private static final String LONG_PARAGRAPH =
            "Pemerintah daerah menyiapkan anggaran tambahan untuk memperbaiki jalan dan jembatan di wilayah selatan. "
                    + "Pekerjaan dimulai bulan depan dan diawasi oleh inspektorat provinsi. ";

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
    void should_summarize_the_translation_with_answers_that_parse_and_keep_every_limit() {
        // given the tiny model with an answer budget that holds any answer the summary's grammar allows, behind a
        // model that keeps the summary requests and answers
        EmbeddedSettings settings = EmbeddedSettings.builder()
                .contextTokens(8192)
                .maxOutputTokens(4096)
                .threads(1)
                .nativeDir(dir)
                .build();
        LlamaChatModel llama = LlamaChatModel.open(TinyGguf.write(dir, "tiny-long.gguf"), settings);
        List<String> summaries = new CopyOnWriteArrayList<>();
        List<String> asked = new CopyOnWriteArrayList<>();
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse response = llama.chat(request);
                if (request.responseFormat() != null) {
                    summaries.add(response.aiMessage().text());
                    asked.add(FakeModel.lastUser(request));
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
                .maxOutputTokens(4096)
                .build();
        ArticleProcessor processor =
                new ArticleProcessor(model, config, PromptLibrary.builtIn(), Glossary.builtIn(), 64);

        // when
        ArticleResult result = processor.process(
                Article.text(Source.inline(), ARTICLE), EnumSet.allOf(Task.class), ProcessListener.NONE);

        // then the first summary answer is a summary within every limit, citing what it was shown: no request is
        // spent on its form, its counts or its citations; the random weights' words are not English, and a retry
        // for that (the one thing a grammar cannot fix) is the only other request
        assertThat(result.translation()).isNotNull();
        assertThat(result.summary()).isNotNull();
        assertThat(result.checks().incomplete()).isEmpty();
        assertThat(result.notes()).noneMatch(note -> note.startsWith("summary:"));
        assertThat(result.checks().unsupported())
                .noneMatch(finding -> finding.detail().contains("cites no source sentence")
                        || finding.detail().contains("numbered sentences do not include"));
        assertThat(summaries)
                .allSatisfy(answer -> assertThatCode(() -> SummaryJson.parse(answer))
                        .as(answer)
                        .doesNotThrowAnyException());
        assertThat(summaries).hasSizeBetween(1, 2);
        if (summaries.size() == 2) {
            assertThat(asked.getLast().lines().findFirst().orElseThrow())
                    .as("what the retry says was wrong")
                    .contains("the summary is not in English")
                    .doesNotContain("sentences;", "key points", "cites", "JSON");
        }
    }

    @Test
    void should_summarize_in_parts_an_article_that_fits_the_context_in_o200k_but_not_in_the_models_tokens() {
        // given a model with a small context, and an article that o200k says fits one summary request
        EmbeddedSettings settings = EmbeddedSettings.builder()
                .contextTokens(CONTEXT)
                .maxOutputTokens(ANSWER)
                .threads(1)
                .nativeDir(dir)
                .build();
        LlamaChatModel llama = LlamaChatModel.open(TinyGguf.write(dir, "tiny-small.gguf"), settings);
        List<ChatRequest> sent = new CopyOnWriteArrayList<>();
        ChatModel model = recording(llama, sent);
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.EMBEDDED)
                .model("tiny-small.gguf")
                .contextTokens(CONTEXT)
                .maxOutputTokens(ANSWER)
                .build();
        String article = LONG_PARAGRAPH.repeat(REPEATS).strip();
        String text = SourceLines.of(List.of(article)).text();
        TokenCounter own = llama.tokenCounter().orElseThrow();
        assertThat(TokenCounters.o200k().count(text))
                .as("o200k: fits what the context leaves for text")
                .isLessThan(CONTEXT - ANSWER - 800);
        assertThat(own.count(text))
                .as("the model's tokens: the text alone is more than the context leaves for a prompt")
                .isGreaterThan(CONTEXT - ANSWER);
        ArticleProcessor processor =
                new ArticleProcessor(model, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000);

        // when
        ArticleResult result =
                processor.process(Article.text(Source.inline(), article), Set.of(Task.SUMMARIZE), ProcessListener.NONE);

        // then it is summarized in parts, each request within the context, and then combined
        assertThat(result.summary()).isNotNull();
        assertThat(FakeModel.lastUser(sent.getFirst())).contains("This is part 1 of 2");
        assertThat(sent)
                .anySatisfy(request -> assertThat(FakeModel.lastUser(request)).contains("Combine them into"));
        assertThat(sent)
                .allSatisfy(
                        request -> assertThat(own.count(llama.prompt(request))).isLessThan(CONTEXT));
    }

    private static ChatModel recording(LlamaChatModel llama, List<ChatRequest> sent) {
        return new Recording(llama, sent);
    }

    /** The in-process model, keeping each request; it forwards the token counter as Warta's wrappers do. */
    private record Recording(LlamaChatModel llama, List<ChatRequest> sent) implements ChatModel, TokenizingModel {

        @Override
        public ChatResponse doChat(ChatRequest request) {
            sent.add(request);
            return llama.chat(request);
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            return llama.supportedCapabilities();
        }

        @Override
        public Optional<TokenCounter> tokenCounter() {
            return llama.tokenCounter();
        }
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
