package warta.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.Fixtures;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.chunk.TokenCounters;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.PrefixCache;
import warta.core.model.Provider;
import warta.core.model.ServerLimits;
import warta.core.prepare.ArticlePreparer;
import warta.core.prompt.PromptLibrary;
import warta.core.result.ArticleResult;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/** The summary of a one-chunk article as the next turn of its translation conversation (issue 16). */
class SummaryContinuationTest {

    private static final String SUMMARY = """
            {"headline": "West Java sets aside Rp50 billion to repair the Bekasi levee",
             "summary": [
               {"text": "The West Java government has set aside Rp50 billion to repair a levee that broke in Bekasi.",
                "sources": [1]},
               {"text": "The money comes from this year's contingency budget.", "sources": [2]},
               {"text": "The governor wants the work finished before the next rainy season.", "sources": [3]}],
             "keyPoints": [{"text": "Rp50 billion for the levee", "sources": [1]},
                           {"text": "Money from the contingency budget", "sources": [2]},
                           {"text": "Work to finish before the rains", "sources": [3, 4]}],
             "entities": {"people": [], "organizations": ["Dinas Sumber Daya Air"], "places": ["Bekasi", "Bandung"]}}
            """;

    private final Article medcom = Article.text(Source.file("medcom.txt"), Fixtures.load("medcom-style.txt"));

    private static FakeModel model() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("Translate these")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : SUMMARY);
    }

    private static ModelConfig config(Provider provider) {
        return ModelConfig.builder()
                .provider(provider)
                .model("fake-model")
                .baseUrl(provider == Provider.EMBEDDED ? null : "http://127.0.0.1:1/v1")
                .contextTokens(8192)
                .maxOutputTokens(1024)
                .concurrency(1)
                .build();
    }

    private ArticleResult process(FakeModel model, Provider provider, int chunkTokens) {
        return new ArticleProcessor(model, config(provider), PromptLibrary.builtIn(), Glossary.builtIn(), chunkTokens)
                .process(medcom, EnumSet.allOf(Task.class), ProcessListener.NONE);
    }

    private List<PlannedRequest> plan(Provider provider, int chunkTokens) {
        return new ArticleProcessor(model(), config(provider), PromptLibrary.builtIn(), Glossary.builtIn(), chunkTokens)
                .plan(medcom, EnumSet.allOf(Task.class));
    }

    @Test
    void should_plan_the_summary_as_the_next_turn_and_estimate_what_the_cache_serves() {
        List<PlannedRequest> planned = plan(Provider.EMBEDDED, 1000);

        assertThat(planned).hasSize(2);
        PlannedRequest translation = planned.get(0);
        PlannedRequest summary = planned.get(1);
        assertThat(translation.cachedTokens()).isZero();
        assertThat(summary.request().messages().subList(0, 2))
                .isEqualTo(translation.request().messages());
        assertThat(FakeModel.lastUser(summary.request())).startsWith("Now summarize");
        assertThat(summary.cachedTokens())
                .isGreaterThan(translation.inputTokens())
                .isLessThan(summary.inputTokens());
        assertThat(PlanText.render("medcom.txt", planned, config(Provider.EMBEDDED)))
                .contains("of them from the model's prompt cache)")
                .contains("summarize, as the next turn of the translation conversation (about "
                        + summary.inputTokens() + " tokens, about " + summary.cachedTokens()
                        + " from the prompt cache)");
    }

    @Test
    void should_estimate_the_shared_instructions_of_later_chunks_as_cached_and_nothing_for_other_providers() {
        List<PlannedRequest> chunks = plan(Provider.EMBEDDED, 64);
        List<PlannedRequest> remote = plan(Provider.OPENAI, 64);

        assertThat(chunks.get(1).cachedTokens())
                .isPositive()
                .isLessThan(chunks.get(1).inputTokens());
        assertThat(remote).allSatisfy(p -> assertThat(p.cachedTokens()).isZero());
        assertThat(PlanText.render("medcom.txt", remote, config(Provider.OPENAI)))
                .contains("(0 of them from a prompt cache: none is expected, or the provider does not say)")
                .doesNotContain("from the model's prompt cache");
        JsonNode json = readJson(PlanJson.render("medcom.txt", remote, config(Provider.OPENAI)));
        assertThat(json.get("cachedInputTokens").asInt()).isZero();
        assertThat(json.get("requests"))
                .allSatisfy(r -> assertThat(r.get("cachedInputTokens").asInt()).isZero());
        assertThat(readJson(PlanJson.render("medcom.txt", chunks, config(Provider.EMBEDDED)))
                        .get("cachedInputTokens")
                        .asInt())
                .isEqualTo(
                        chunks.stream().mapToInt(PlannedRequest::cachedTokens).sum())
                .isPositive();
    }

    @Test
    void should_ask_the_embedded_engine_for_the_summary_as_the_next_turn_of_the_translation() {
        FakeModel model = model();

        ArticleResult result = process(model, Provider.EMBEDDED, 1000);

        assertThat(model.requests()).hasSize(2);
        ChatRequest translation = model.requests().get(0);
        ChatRequest summary = model.requests().get(1);
        int shared = translation.messages().size();
        assertThat(summary.messages().subList(0, shared)).isEqualTo(translation.messages());
        assertThat(summary.messages().get(shared))
                .isEqualTo(AiMessage.from(FakeEnglish.answer(FakeModel.lastUser(translation))));
        String asked = FakeModel.lastUser(summary);
        assertThat(summary.messages()).hasSize(shared + 2);
        assertThat(asked)
                .startsWith("Now summarize the article you have just translated")
                .contains("[1] the title: no sentence numbers\n[2] sentences 1 to 2\n[3] sentences 3 to 4\n")
                .doesNotContain("<article>");
        assertThat(result.summary()).isNotNull();
        assertThat(result.summary().keyPoints().get(2).sources()).containsExactly(3, 4);
        assertThat(result.checks().passed()).isTrue();
    }

    @Test
    void should_keep_the_shorter_summary_request_for_other_providers() {
        FakeModel model = model();

        process(model, Provider.OPENAI, 1000);

        ChatRequest summary = model.requests().get(1);
        assertThat(summary.messages()).hasSize(2);
        assertThat(((SystemMessage) summary.messages().getFirst()).text()).startsWith("You summarize news articles");
    }

    @Test
    void should_keep_the_shorter_summary_request_for_an_article_of_several_chunks() {
        FakeModel model = model();

        process(model, Provider.EMBEDDED, 64);

        ChatRequest summary = model.requests().getLast();
        assertThat(model.requests().size()).isGreaterThan(2);
        assertThat(summary.messages()).hasSize(2);
        assertThat(FakeModel.lastUser(summary)).contains("<article>");
    }

    @Test
    void should_go_on_from_the_translation_at_a_server_that_answered_as_llama_server() {
        FakeModel model = model();
        ServerLimits llamaServer = new ServerLimits(8192, 1, null, 1.0, "llama-server GET /props; no POST /tokenize");

        new ArticleProcessor(
                        model,
                        config(Provider.OPENAI),
                        PromptLibrary.builtIn(),
                        Glossary.builtIn(),
                        1000,
                        new ArticlePreparer(),
                        llamaServer)
                .process(medcom, EnumSet.allOf(Task.class), ProcessListener.NONE);

        assertThat(model.requests()).hasSize(2);
        assertThat(FakeModel.lastUser(model.requests().get(1))).startsWith("Now summarize");
    }

    @Test
    void should_go_on_from_the_translation_at_openai_only_when_its_prompt_reaches_the_cache_minimum() {
        // given OpenAI's hosted API, a short article, and a one-chunk article whose translation prompt is over 1,024
        // tokens
        ModelConfig hosted = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("gpt-4o-mini")
                .baseUrl("https://api.openai.com/v1")
                .contextTokens(16384)
                .maxOutputTokens(2048)
                .concurrency(1)
                .build();
        ServerLimits notAsked = ServerLimits.unknown(1, "hosted OpenAI API: not asked, counted with o200k");
        Article longer = Article.text(Source.inline(), longArticle());
        assertThat(TokenCounters.o200k().count(longArticle())).isBetween(PrefixCache.HOSTED_MINIMUM, 1400);
        FakeModel forShort = model();
        FakeModel forLong = model();

        // when
        processor(forShort, hosted, notAsked).process(medcom, EnumSet.allOf(Task.class), ProcessListener.NONE);
        processor(forLong, hosted, notAsked).process(longer, EnumSet.allOf(Task.class), ProcessListener.NONE);

        // then the short article's summary is the shorter request, the long one's goes on from its translation
        assertThat(forShort.requests().get(1).messages()).hasSize(2);
        assertThat(FakeModel.lastUser(forShort.requests().get(1))).contains("<article>");
        assertThat(forLong.requests()).hasSize(2);
        assertThat(FakeModel.lastUser(forLong.requests().get(1))).startsWith("Now summarize");
    }

    private static ArticleProcessor processor(FakeModel model, ModelConfig config, ServerLimits limits) {
        return new ArticleProcessor(
                model, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1500, new ArticlePreparer(), limits);
    }

    /** Distinct Indonesian paragraphs, about 1,100 o200k tokens in all. */
    private static String longArticle() {
        StringBuilder text = new StringBuilder("Banjir Rendam Puluhan Desa\n\n");
        for (int i = 1; i <= 27; i++) {
            text.append("Pada hari ke-")
                    .append(i)
                    .append(" banjir, petugas mencatat ")
                    .append(i * 37)
                    .append(" rumah terendam di desa nomor ")
                    .append(i)
                    .append(". Warga mengungsi ke balai desa dan menunggu bantuan dari pemerintah kabupaten.\n\n");
        }
        return text.toString().strip();
    }

    private static JsonNode readJson(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
