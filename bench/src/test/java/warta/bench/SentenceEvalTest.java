package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceEvalTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_group_lines_into_documents_and_mark_inner_sentence_ends() {
        List<SentenceEval.Doc> docs =
                SentenceEval.parse(List.of("Satu dua.", "Tiga.", "", "", "Empat lima. ", "", "Enam."));

        assertThat(docs).extracting(SentenceEval.Doc::text).containsExactly("Satu dua. Tiga.", "Empat lima.", "Enam.");
        assertThat(docs.get(0).gold()).containsExactly(9);
        assertThat(docs.get(1).gold()).isEmpty();
    }

    @Test
    void should_score_hits_misses_and_extras() {
        SentenceEval.Score score = SentenceEval.score(Set.of(10, 20, 30, 40), Set.of(10, 20, 25));

        assertThat(score).isEqualTo(new SentenceEval.Score(2, 1, 2));
        assertThat(score.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score.f1()).isCloseTo(4 / 7.0, within(1e-9));
    }

    @Test
    void should_count_empty_sets_as_perfect() {
        SentenceEval.Score score = SentenceEval.score(Set.of(), Set.of());

        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void should_leave_out_document_end_from_predictions() {
        assertThat(SentenceEval.predicted("Ia pergi. Lalu pulang.")).containsExactly(9);
    }

    @Test
    void should_report_scores_and_errors_for_a_gold_file() throws Exception {
        Path gold = dir.resolve("gold.txt");
        Files.writeString(gold, "Ia tiba di Jl. Sudirman.\nLalu pulang.\n\nTanpa titik\nKalimat kedua.\n");

        int code = SentenceEval.run(new String[] {"--errors", gold.toString()}, print(out), print(err));

        assertThat(code).isZero();
        assertThat(text(out))
                .contains("documents: 2, sentences: 4")
                .contains("MISSED doc 2: Tanpa titik⟦|⟧ Kalimat kedua.")
                .contains("precision: 1.0000  recall: 0.5000");
    }

    @Test
    void should_exit_2_with_usage_when_argument_is_missing_or_unreadable() {
        assertThat(SentenceEval.run(new String[0], print(out), print(err))).isEqualTo(2);
        assertThat(SentenceEval.run(new String[] {dir.resolve("nope.txt").toString()}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(text(err)).contains("usage: SentenceEval").contains("nope.txt");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
