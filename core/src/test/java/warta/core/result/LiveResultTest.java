package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import warta.core.Warta;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;
import warta.core.translate.TranslationListener;

class LiveResultTest {

    /** Five paragraphs under a headline: with a small chunk budget, several chunks. */
    private static final String ARTICLE = """
            Banjir Rendam Ratusan Rumah di Bekasi

            Banjir merendam 120 rumah di Kelurahan Jatiasih pada Senin pagi setelah hujan turun sejak malam.

            Warga mengungsi ke masjid dan balai warga yang berada di tempat yang lebih tinggi.

            Petugas pemadam kebakaran menyiapkan 12 perahu karet untuk mengevakuasi warga lanjut usia.

            Wali kota meminta warga tetap waspada karena hujan diperkirakan turun lagi pada Selasa.

            Dinas sosial membuka dapur umum yang melayani 800 porsi makanan setiap hari.
            """;

    private final StringWriter stdout = new StringWriter();
    /** What stdout held when each translation request was sent. */
    private final List<String> seenBySends = new ArrayList<>();

    private Warta warta(int concurrency) {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("fake")
                .baseUrl("http://127.0.0.1:1/v1")
                .concurrency(concurrency)
                .build();
        return Warta.builder(config)
                .chunkTokens(40)
                .models((c, inner, files) -> FakeModel.answering(r -> {
                    if (!FakeModel.system(r).contains("translator")) {
                        return FakeEnglish.SUMMARY;
                    }
                    synchronized (seenBySends) {
                        seenBySends.add(stdout.toString());
                    }
                    return FakeEnglish.answer(FakeModel.lastUser(r));
                }))
                .build();
    }

    private ArticleResult run(Warta warta, ResultOutput output, Set<Task> tasks) {
        TranslationListener live = output.live(() -> {});
        ArticleResult result =
                warta.process(Article.text(Source.inline(), ARTICLE), tasks, ProcessListener.NONE.and(live));
        output.add(result);
        return result;
    }

    @ParameterizedTest
    @EnumSource(
            value = ResultFormat.class,
            names = {"TEXT", "MARKDOWN"})
    void should_print_paragraphs_while_later_chunks_are_still_sent_and_end_with_the_whole_rendering(
            ResultFormat format) {
        ResultOutput output = new ResultOutput(format, new PrintWriter(stdout), null);

        ArticleResult result = run(warta(1), output, EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE));

        assertThat(result.translation().paragraphs()).hasSize(5);
        assertThat(seenBySends.size()).isGreaterThan(2);
        assertThat(seenBySends.getFirst()).isEmpty();
        assertThat(seenBySends.getLast())
                .contains(result.translation().title())
                .contains(result.translation().paragraphs().getFirst())
                .doesNotContain(result.translation().paragraphs().getLast());
        assertThat(stdout.toString()).isEqualTo(format.render(result));
    }

    @Test
    void should_print_nothing_before_the_first_chunk_is_done_and_then_exactly_the_rendering() throws Exception {
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), null);
        java.util.concurrent.CountDownLatch laterChunksSent = new java.util.concurrent.CountDownLatch(2);
        List<String> whenTheFirstWasAnswered = new java.util.concurrent.CopyOnWriteArrayList<>();
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("fake")
                .baseUrl("http://127.0.0.1:1/v1")
                .concurrency(4)
                .build();
        Warta warta = Warta.builder(config)
                .chunkTokens(40)
                .models((c, inner, files) -> FakeModel.answering(r -> {
                    String user = FakeModel.lastUser(r);
                    if (!user.contains("Banjir Rendam")) {
                        laterChunksSent.countDown();
                        return FakeEnglish.answer(user);
                    }
                    try { // the first chunk is answered last
                        laterChunksSent.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    whenTheFirstWasAnswered.add(stdout.toString());
                    return FakeEnglish.answer(user);
                }))
                .build();

        ArticleResult result = run(warta, output, EnumSet.of(Task.TRANSLATE));

        assertThat(laterChunksSent.getCount()).isZero();
        assertThat(whenTheFirstWasAnswered).containsExactly("");
        assertThat(stdout.toString()).isEqualTo(ResultFormat.TEXT.render(result));
    }

    @Test
    void should_hold_paragraphs_until_the_ones_before_them_are_printed() {
        LiveResult live = new LiveResult(ResultFormat.TEXT, new PrintWriter(stdout), () -> {});
        live.translating(article("Judul"));
        live.titleTranslated("Title");

        live.paragraphTranslated(2, "Third.");
        live.paragraphTranslated(1, "Second.");
        assertThat(stdout.toString()).isEmpty();

        live.paragraphTranslated(0, "First.");
        assertThat(stdout.toString()).isEqualTo("Title\n\nFirst.\n\nSecond.\n\nThird.\n");
        assertThat(live.rest("Title\n\nFirst.\n\nSecond.\n\nThird.\n\n")).isEqualTo("\n");
    }

    @Test
    void should_not_begin_a_markdown_page_whose_title_is_not_known() {
        LiveResult live = new LiveResult(ResultFormat.MARKDOWN, new PrintWriter(stdout), () -> {});
        live.translating(article(null));

        live.paragraphTranslated(0, "First.");
        live.paragraphTranslated(1, "Second.");

        assertThat(stdout.toString()).isEmpty();
        assertThat(live.rest("# Summary headline\n\nFirst.")).isEqualTo("# Summary headline\n\nFirst.");
    }

    @Test
    void should_clear_the_progress_line_before_each_print_and_follow_a_different_ending_with_the_whole_result() {
        List<String> cleared = new ArrayList<>();
        LiveResult live =
                new LiveResult(ResultFormat.TEXT, new PrintWriter(stdout), () -> cleared.add(stdout.toString()));
        live.translating(article("Judul"));
        live.titleTranslated("Title");

        live.paragraphTranslated(0, "First.");
        live.paragraphTranslated(1, "Second.");

        assertThat(cleared).containsExactly("", "Title\n\nFirst.\n");
        assertThat(live.rest("Another\n\nFirst.\n")).isEqualTo("\n\nAnother\n\nFirst.\n");
    }

    @Test
    void should_not_print_live_to_a_file_or_as_json() {
        assertThat(new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), Path.of("out.txt")).live(() -> {}))
                .isSameAs(TranslationListener.NONE);
        assertThat(new ResultOutput(ResultFormat.JSON, new PrintWriter(stdout), null).live(() -> {}))
                .isSameAs(TranslationListener.NONE);
    }

    @Test
    void should_end_a_partly_printed_translation_on_a_line_of_its_own_when_the_article_fails() {
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), null);
        TranslationListener live = output.live(() -> {});
        live.translating(article(null));
        live.paragraphTranslated(0, "First.");

        output.abandon();
        output.abandon(); // once only

        assertThat(stdout.toString()).isEqualTo("First.\n\n");
    }

    @Test
    void should_print_nothing_extra_when_a_failed_article_printed_nothing() {
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), null);
        output.live(() -> {});

        output.abandon();

        assertThat(stdout.toString()).isEmpty();
    }

    private static CleanArticle article(String title) {
        Metadata metadata = new Metadata(title, null, null, null, null, List.of(), List.of());
        return new CleanArticle(
                Source.inline(), metadata, new Language("id", 0.99), List.of("Satu.", "Dua.", "Tiga."), List.of());
    }
}
