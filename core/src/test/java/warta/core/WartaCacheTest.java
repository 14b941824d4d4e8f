package warta.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchReport;
import warta.core.batch.BatchRunner;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.read.ArticleInput;
import warta.core.result.ArticleResult;
import warta.core.result.ResultJson;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/** The response cache as every path of {@link Warta} uses it. */
class WartaCacheTest {

    private static final String TEXT =
            "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid.\n\n"
                    + "Petugas mengerahkan 4 perahu karet untuk mengevakuasi lansia dan anak-anak.";

    @TempDir
    Path dir;

    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .build();

    private static FakeModel faithful() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : FakeEnglish.SUMMARY);
    }

    private Warta.Builder warta(ChatModel model) {
        return Warta.builder(config).models((c, inner, files) -> inner.apply(model));
    }

    private Warta cached(ChatModel model) {
        return warta(model).cache(dir.resolve("cache"), 1 << 20).build();
    }

    private static Article article() {
        return Article.text(Source.inline(), TEXT);
    }

    private static ArticleResult process(Warta warta) {
        return warta.process(article(), EnumSet.allOf(Task.class), ProcessListener.NONE);
    }

    @Test
    void should_ask_the_model_once_when_one_engine_processes_an_article_twice() {
        FakeModel model = faithful();
        Warta warta = cached(model);

        ArticleResult first = process(warta);
        int asked = model.requests().size();
        ArticleResult second = process(warta);

        assertThat(asked).isPositive();
        assertThat(model.requests()).hasSize(asked);
        assertThat(ResultJson.toNode(second).path("translation"))
                .isEqualTo(ResultJson.toNode(first).path("translation"));
        assertThat(first.usage().requests()).isEqualTo(asked);
        assertThat(first.usage().cachedRequests()).isZero();
        assertThat(second.usage().requests()).isZero();
        assertThat(second.usage().cachedRequests()).isEqualTo(asked);
        assertThat(second.usage().inputTokens()).isZero();
        assertThat(ResultJson.toNode(second)
                        .path("usage")
                        .path("cachedRequests")
                        .asInt())
                .isEqualTo(asked);
    }

    @Test
    void should_share_answers_between_two_engines_on_one_folder() {
        FakeModel one = faithful();
        FakeModel two = faithful();

        process(cached(one));
        process(cached(two));

        assertThat(one.requests()).isNotEmpty();
        assertThat(two.requests()).isEmpty();
    }

    @Test
    void should_serve_queued_requests_from_the_cache() throws Exception {
        FakeModel model = faithful();
        try (Warta warta = warta(model)
                .cache(dir.resolve("cache"), 1 << 20)
                .queue(1, 4, java.time.Duration.ofSeconds(30))
                .build()) {
            ArticleInput input = ArticleInput.text("banjir", TEXT);
            CompletableFuture<ArticleResult> first =
                    warta.submit(input, null, EnumSet.allOf(Task.class), ProcessListener.NONE);
            first.get();
            int asked = model.requests().size();
            ArticleResult second = warta.submit(input, null, EnumSet.allOf(Task.class), ProcessListener.NONE)
                    .get();

            assertThat(model.requests()).hasSize(asked);
            assertThat(second.usage().cachedRequests()).isEqualTo(asked);
        }
    }

    @Test
    void should_keep_answers_of_no_request_without_a_cache() {
        FakeModel model = faithful();
        Warta warta = warta(model).build();

        process(warta);
        int asked = model.requests().size();
        process(warta);

        assertThat(model.requests()).hasSize(2 * asked);
        assertThat(warta.cacheStats()).isEmpty();
        assertThat(warta.clearCache()).isZero();
    }

    @Test
    void should_give_batches_the_engine_cache_and_ask_again_when_forced() throws Exception {
        FakeModel model = faithful();
        Warta warta = cached(model);
        process(warta);
        int asked = model.requests().size();
        Path file = Files.writeString(dir.resolve("banjir.txt"), TEXT);

        BatchReport report = batch(warta, file, false);
        assertThat(report.processed()).isEqualTo(1);
        assertThat(model.requests()).hasSize(asked);
        assertThat(dir.resolve("out/.warta/responses")).doesNotExist();

        batch(warta, file, true);
        assertThat(model.requests()).hasSize(2 * asked);
    }

    @Test
    void should_report_and_clear_the_cache() {
        Warta warta = cached(faithful());
        process(warta);

        int entries = warta.cacheStats().orElseThrow().entries();
        assertThat(entries).isPositive();
        assertThat(warta.cacheStats().orElseThrow().dir()).isEqualTo(dir.resolve("cache"));
        assertThat(warta.clearCache()).isEqualTo(entries);
        assertThat(warta.cacheStats().orElseThrow().entries()).isZero();
    }

    private BatchReport batch(Warta warta, Path file, boolean force) {
        BatchOptions options = new BatchOptions(dir.resolve("out"), EnumSet.allOf(Task.class), false, force, false, 1);
        try (BatchRunner runner = warta.batch(options)) {
            return runner.run(
                    warta.items(List.of(file.toString()), InputStream.nullInputStream()),
                    BatchListener.NONE,
                    () -> false);
        }
    }
}
