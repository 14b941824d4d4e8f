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

class DuplicateEvalTest {

    private static final List<String> FLOOD = List.of(
            "Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Bekasi pada Senin pagi.",
            "Sekitar 400 warga mengungsi ke masjid dan balai desa setelah air mencapai satu meter.",
            "Petugas gabungan mengerahkan perahu karet untuk mengevakuasi warga lanjut usia.",
            "Tanggul sungai yang jebol sepanjang dua puluh meter menjadi penyebab utama banjir.",
            "Pemerintah daerah menyiapkan dapur umum dan membagikan selimut kepada pengungsi.");
    private static final List<String> MARKET = List.of(
            "Indeks harga saham ditutup menguat tipis pada perdagangan Selasa sore.",
            "Analis menilai pasar masih menunggu keputusan bank sentral soal suku bunga.",
            "Nilai tukar rupiah terhadap dolar bergerak stabil sepanjang hari.");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_report_every_section_for_small_inputs() throws Exception {
        Path articles = dir.resolve("articles.jsonl");
        Files.writeString(articles, line(FLOOD) + "\n" + line(MARKET) + "\n");
        Path folder = Files.createDirectory(dir.resolve("seeds"));
        Files.writeString(folder.resolve("a.txt"), String.join("\n", FLOOD));
        Files.writeString(folder.resolve("b.txt"), "BEKASI - " + String.join("\n", FLOOD.subList(0, 4)));

        int code = DuplicateEval.run(new String[] {articles.toString(), folder.toString()}, print(out), print(err));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report)
                .contains(
                        "articles: 2, flagged as duplicates: 0",
                        "folder: 2 files",
                        "duplicate",
                        "outlet-prefix-suffix",
                        "total",
                        "timing: Signature.of");
    }

    @Test
    void should_make_copies_that_keep_most_of_the_story() {
        Random random = new Random(1);

        assertThat(DuplicateEval.drop(FLOOD, 2, random)).hasSize(3).isSubsetOf(FLOOD);
        assertThat(DuplicateEval.drop(MARKET, 2, random))
                .as("too short to lose two")
                .isNull();
        assertThat(DuplicateEval.swap(FLOOD, random))
                .containsExactlyInAnyOrderElementsOf(FLOOD)
                .isNotEqualTo(FLOOD);
        assertThat(DuplicateEval.outlet(MARKET)).hasSize(4).first().asString().startsWith("JAKARTA, ");
        assertThat(DuplicateEval.changeWords(FLOOD, 4, random)).hasSize(5);
    }

    @Test
    void should_compute_exact_jaccard_of_five_word_shingles() {
        assertThat(DuplicateEval.jaccard("satu dua tiga empat lima enam", "Satu, dua tiga empat lima tujuh"))
                .isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void should_exit_2_with_usage_when_the_argument_is_missing_or_unreadable() {
        assertThat(DuplicateEval.run(new String[0], print(out), print(err))).isEqualTo(2);
        assertThat(DuplicateEval.run(new String[] {dir.resolve("none.jsonl").toString()}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: DuplicateEval");
    }

    private static String line(List<String> paragraphs) {
        return "{\"text\": \"" + String.join("\\n\\n", paragraphs) + "\"}";
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
