package warta.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.eval.EvalReport;
import warta.core.eval.EvalSet;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/** {@link Warta#evaluator}: reference sets through the normal pipeline, scored. */
class WartaEvalTest {

    private static final String ONE = "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi.";
    private static final String TWO = "Petugas mengerahkan 4 perahu karet untuk mengevakuasi warga.";
    private static final String SUMMARY_TEXT = "The officials said the plan would go on. The work is meant to help"
            + " residents. More meetings are expected soon.";

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

    private Warta cached(ChatModel model) {
        return Warta.builder(config)
                .models((c, inner, files) -> inner.apply(model))
                .cache(dir.resolve("cache"), 1 << 20)
                .build();
    }

    private EvalSet tsv(String content) throws IOException {
        return EvalSet.read(Files.writeString(dir.resolve("mt.tsv"), content));
    }

    @Test
    void should_score_100_when_the_model_writes_the_reference() throws IOException {
        EvalSet set = tsv(ONE + "\t" + FakeEnglish.paragraph(ONE) + "\n" + TWO + "\t" + FakeEnglish.paragraph(TWO));
        List<String> progress = new ArrayList<>();

        EvalReport report = cached(faithful())
                .evaluator("fake")
                .run(set, (label, done, total) -> progress.add(label + " " + done + "/" + total));

        assertThat(report.chrFPlusPlus()).isCloseTo(100.0, within(1e-9));
        assertThat(report.chrF()).isCloseTo(100.0, within(1e-9));
        assertThat(report.bleu()).isCloseTo(100.0, within(1e-9));
        assertThat(report.rouge1()).isNull();
        assertThat(report.items()).isEqualTo(2);
        assertThat(report.failed()).isZero();
        assertThat(report.sentences()).isEqualTo(2);
        assertThat(report.requests()).isEqualTo(2);
        assertThat(report.inputTokens()).isPositive();
        assertThat(report.model()).isEqualTo("fake");
        assertThat(progress).containsExactly("fake 1/2", "fake 2/2");
    }

    @Test
    void should_score_below_100_against_other_references() throws IOException {
        EvalSet set = tsv(ONE + "\tFloods submerged 120 houses in Cipinang on Monday morning.\n");

        EvalReport report = cached(faithful()).evaluator("fake").run(set, (l, d, t) -> {});

        assertThat(report.chrFPlusPlus()).isBetween(0.0, 60.0);
        assertThat(report.bleu()).isLessThan(report.chrF());
    }

    @Test
    void should_spend_no_model_request_on_a_second_run() throws IOException {
        EvalSet set = tsv(ONE + "\tFloods submerged 120 houses.\n" + TWO + "\tOfficers sent 4 boats.\n");
        FakeModel model = faithful();

        EvalReport first = cached(model).evaluator("fake").run(set, (l, d, t) -> {});
        int asked = model.requests().size();
        EvalReport second = cached(model).evaluator("fake").run(set, (l, d, t) -> {});

        assertThat(first.requests()).isEqualTo(asked).isPositive();
        assertThat(model.requests()).hasSize(asked);
        assertThat(second.requests()).isZero();
        assertThat(second.cacheHits()).isEqualTo(asked);
        assertThat(second.chrFPlusPlus()).isEqualTo(first.chrFPlusPlus());
    }

    @Test
    void should_score_summaries_with_rouge_and_count_citations() throws IOException {
        Path jsonl = Files.writeString(
                dir.resolve("articles.jsonl"),
                "{\"id\": \"a1\", \"text\": \"" + ONE + "\\n\\n" + TWO + "\", \"summary\": \"" + SUMMARY_TEXT
                        + "\"}\n");

        EvalReport report = cached(faithful()).evaluator("fake").run(EvalSet.read(jsonl), (l, d, t) -> {});

        assertThat(report.chrFPlusPlus()).isNull();
        assertThat(report.rouge1()).isCloseTo(1.0, within(1e-9));
        assertThat(report.rouge2()).isCloseTo(1.0, within(1e-9));
        assertThat(report.rougeL()).isCloseTo(1.0, within(1e-9));
        assertThat(report.citationsPerKeyPoint()).isEqualTo(1.0);
        assertThat(report.summariesWithFindings()).isZero();
    }

    @Test
    void should_count_a_summary_whose_statement_the_article_does_not_support() throws IOException {
        String unsupported = FakeEnglish.SUMMARY.replace(
                "The officials said the plan would go on.", "The officials said 999 houses were lost.");
        FakeModel model =
                FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                        ? FakeEnglish.answer(FakeModel.lastUser(request))
                        : unsupported);
        Path jsonl = Files.writeString(
                dir.resolve("articles.jsonl"),
                "{\"text\": \"" + ONE + "\\n\\n" + TWO + "\", \"summary\": \"" + SUMMARY_TEXT + "\"}\n");

        EvalReport report = cached(model).evaluator("fake").run(EvalSet.read(jsonl), (l, d, t) -> {});

        assertThat(report.summariesWithFindings()).isEqualTo(1.0);
        assertThat(report.findingsPer100Sentences()).isPositive();
        assertThat(report.rouge1()).isLessThan(1.0);
    }

    @Test
    void should_count_an_item_that_fails_as_empty_output() throws IOException {
        EvalSet set = tsv(ONE + "\t" + FakeEnglish.paragraph(ONE) + "\nBERITA TERKAIT\tRelated news\n");

        EvalReport report = cached(faithful()).evaluator("fake").run(set, (l, d, t) -> {});

        assertThat(report.items()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.errors()).singleElement().asString().startsWith("2: ");
        assertThat(report.chrF()).isLessThan(100.0).isGreaterThan(50.0);
    }
}
