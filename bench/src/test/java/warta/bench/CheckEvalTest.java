package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.check.Finding;

class CheckEvalTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_score_a_hit_a_miss_and_a_stray_finding() {
        Finding planted = new Finding(0, "Warga mengungsi.", "sentence left in Indonesian");
        Finding stray = new Finding(0, "Other.", "sentence left in Indonesian");

        assertThat(CheckEval.score(List.of(planted), f -> f == planted)).isEqualTo(new CheckEval.Score(1, 0, 0, 1));
        assertThat(CheckEval.score(List.of(stray), f -> f == planted)).isEqualTo(new CheckEval.Score(0, 1, 1, 1));
        assertThat(CheckEval.score(List.of(stray), null)).isEqualTo(new CheckEval.Score(0, 1, 0, 1));
        assertThat(CheckEval.score(List.of(), null)).isEqualTo(new CheckEval.Score(0, 0, 0, 1));
    }

    @Test
    void should_compute_precision_and_recall() {
        CheckEval.Score score = new CheckEval.Score(8, 2, 4, 20);

        assertThat(score.precision()).isCloseTo(0.8, within(1e-9));
        assertThat(score.recall()).isCloseTo(8 / 12.0, within(1e-9));
    }

    @Test
    void should_change_one_digit_of_a_number() {
        CheckEvalCases cases = new CheckEvalCases(List.of(), new Random(1));

        String changed = cases.change("3,500");

        assertThat(changed).hasSize(5).isNotEqualTo("3,500").matches("[1-9],\\d{3}");
    }

    @Test
    void should_plant_a_place_the_source_does_not_name() {
        CheckEval.Pair oslo = new CheckEval.Pair("Warga Oslo berkumpul.", "Oslo residents gathered.");
        CheckEvalCases cases = new CheckEvalCases(List.of(oslo), new Random(1));

        CheckEvalCases.Planted planted = cases.withPlace(oslo);

        assertThat(planted.name()).isEqualTo(CheckEvalCases.PLACES.get(1));
        assertThat(planted.text())
                .isEqualTo("Oslo residents gathered. The news was also reported in " + planted.name() + ".");
    }

    @Test
    void should_end_a_headline_with_a_full_stop_when_joining() {
        assertThat(CheckEvalCases.join(List.of("Forbes publishes Africa rich list", "He said so.")))
                .isEqualTo("Forbes publishes Africa rich list. He said so.");
    }

    @Test
    void should_report_every_check_for_a_small_file() throws Exception {
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(
                pairs,
                String.join(
                                "\n",
                                "Banjir merendam 500 rumah di Jakarta.\tFloods inundated 500 houses in Jakarta.",
                                "Warga mengungsi ke masjid terdekat pada malam hari.\tResidents took shelter in a nearby mosque at night.",
                                "Petugas membagikan 1.200 paket makanan.\tOfficers handed out 1,200 food parcels.")
                        + "\n");

        int code = CheckEval.run(new String[] {pairs.toString()}, print(out), print(err));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "pairs: 3",
                        "untranslated",
                        "omitted-sentence",
                        "omitted-paragraph",
                        "unsupported-number",
                        "unsupported-name",
                        "term-inconsistent",
                        "model-output-clean");
    }

    @Test
    void should_find_a_term_rendered_another_way_in_a_doubled_pair_and_none_in_the_references() throws Exception {
        Path pairs = dir.resolve("terms.tsv");
        Files.writeString(
                pairs,
                String.join(
                                "\n",
                                "Kementerian Luar Negeri menyatakan semua warga aman.\tThe Foreign Ministry said all"
                                        + " citizens are safe.",
                                "Warga mengungsi ke masjid terdekat pada malam hari.\tResidents took shelter in a nearby"
                                        + " mosque at night.")
                        + "\n");

        CheckEval.run(new String[] {pairs.toString()}, print(out), print(err));

        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("term-inconsistent +\\d+ +1 +0 +0 ");
    }

    @Test
    void should_list_each_false_positive_of_the_unsupported_lines_with_its_line_and_pair() throws Exception {
        Path pairs = dir.resolve("loose.tsv");
        Files.writeString(
                pairs,
                String.join(
                                "\n",
                                "Banjir merendam 500 rumah.\tFloods inundated 500 houses.",
                                "",
                                "Warga mengungsi.\tResidents of Bergen fled 30 homes.")
                        + "\n");

        int code = CheckEval.run(new String[] {"--list", pairs.toString()}, print(out), print(err));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("false positives on clean references")
                .contains("unsupported-number\t3\t[30]\tWarga mengungsi.\tResidents of Bergen fled 30 homes.")
                .contains("unsupported-name\t3\t[Bergen, 30]\tWarga mengungsi.")
                .doesNotContain("\t1\t");
    }

    @Test
    void should_exit_2_with_usage_when_the_argument_is_missing() {
        assertThat(CheckEval.run(new String[0], print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: CheckEval");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
