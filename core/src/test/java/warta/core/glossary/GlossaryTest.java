package warta.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.InputException;

class GlossaryTest {

    private final Glossary builtIn = Glossary.builtIn();

    @TempDir
    Path dir;

    @Test
    void should_load_the_built_in_glossary_once() {
        assertThat(builtIn).isSameAs(Glossary.builtIn());
        assertThat(builtIn.size()).isBetween(150, 250);
        assertThat(builtIn.asMap())
                .containsEntry("Menlu", "Foreign Minister")
                .containsEntry("AS", "United States")
                .containsEntry("Korut", "North Korea")
                .containsEntry("Wakil Presiden", "Vice President");
    }

    @Test
    void should_find_terms_in_order_of_first_occurrence_each_once() {
        String text = "Menlu Sugiono bertemu Menlu AS di Jakarta. Korut kembali menembakkan rudal, kata Menlu.";

        assertThat(terms(builtIn.entriesIn(text))).containsExactly("Menlu", "Menlu AS", "Korut");
    }

    @Test
    void should_match_capital_abbreviations_only_in_capitals() {
        assertThat(terms(builtIn.entriesIn("Presiden AS tiba, sementara DPR rapat.")))
                .containsExactly("Presiden AS", "DPR");
        assertThat(builtIn.entriesIn("Ia menjabat sebagai as roda, dpr, ma dan bi."))
                .isEmpty();
    }

    @Test
    void should_match_mixed_case_terms_in_any_case_at_word_boundaries() {
        assertThat(terms(builtIn.entriesIn("MENLU dan menko polhukam bertemu pemprov.")))
                .containsExactly("Menlu", "Menko Polhukam", "Pemprov");
        assertThat(builtIn.entriesIn("Kemenluan, Korutan, Menlunya dan Presidennya tidak cocok."))
                .isEmpty();
    }

    @Test
    void should_prefer_the_longest_of_overlapping_terms() {
        List<GlossaryEntry> found = builtIn.entriesIn("Wakil Presiden membuka acara. Wakil Ketua DPR hadir.");

        assertThat(found)
                .extracting(GlossaryEntry::term, GlossaryEntry::rendering)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Wakil Presiden", "Vice President"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Wakil Ketua DPR", "Deputy Speaker of the House of Representatives"));
    }

    @Test
    void should_find_the_shorter_term_where_it_stands_alone() {
        String text = "Wakil Presiden menyampaikan pesan Presiden.";

        assertThat(terms(builtIn.entriesIn(text))).containsExactly("Wakil Presiden", "Presiden");
    }

    @Test
    void should_match_a_phrase_across_any_whitespace_and_punctuation_boundaries() {
        assertThat(terms(builtIn.entriesIn("(Wali\n  Kota) dan \"Kemenkeu\"-nya; AS-China.")))
                .containsExactly("Wali Kota", "Kemenkeu", "AS");
    }

    @Test
    void should_let_the_users_file_win() throws IOException {
        Path tsv = write(
                "mine.tsv",
                "\uFEFF# my terms\r\n\r\nMenlu\tMinister of Foreign Affairs\r\nmenlu\tForeign Secretary\r\n"
                        + "Kapuspen TNI\tTNI information chief\r\n");

        Glossary glossary = builtIn.with(Glossary.load(tsv));

        assertThat(glossary.size()).isEqualTo(builtIn.size() + 1);
        assertThat(glossary.entriesIn("Kata menlu kepada Kapuspen TNI."))
                .containsExactly(
                        new GlossaryEntry("menlu", "Foreign Secretary"),
                        new GlossaryEntry("Kapuspen TNI", "TNI information chief"));
        assertThat(glossary.asMap()).containsEntry("menlu", "Foreign Secretary").doesNotContainKey("Menlu");
        assertThat(builtIn.asMap()).containsEntry("Menlu", "Foreign Minister");
    }

    @Test
    void should_keep_case_sensitive_and_insensitive_terms_apart() {
        Glossary glossary =
                Glossary.of(List.of(new GlossaryEntry("AS", "United States"), new GlossaryEntry("As", "axle")));

        assertThat(glossary.size()).isEqualTo(2);
        assertThat(terms(glossary.entriesIn("AS dan as"))).containsExactly("AS", "As");
    }

    @Test
    void should_name_the_file_and_line_of_a_bad_line() throws IOException {
        Path tsv = write(
                "x.tsv", "# terms\nMenlu\tForeign Minister\n\nKorut\tNorth Korea\n\n#\nMenhan Defense Minister\n");

        assertThatThrownBy(() -> Glossary.load(tsv))
                .isInstanceOf(InputException.class)
                .hasMessage("glossary " + tsv
                        + " line 7: expected 'term<TAB>English rendering', found \"Menhan Defense Minister\"");
    }

    @Test
    void should_refuse_extra_columns_and_blank_fields() throws IOException {
        assertThatThrownBy(() -> Glossary.load(write("a.tsv", "Menlu\tForeign Minister\tnote")))
                .hasMessageContaining("a.tsv line 1: expected 'term<TAB>English rendering'");
        assertThatThrownBy(() -> Glossary.load(write("b.tsv", "Menlu\t \n")))
                .hasMessageContaining("b.tsv line 1: expected");
        assertThatThrownBy(() -> Glossary.load(write("c.tsv", "Menlu\tForeign Minister\n(AS)\tUS\n")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("c.tsv line 2: term '(AS)' does not start with a letter or digit");
    }

    @Test
    void should_refuse_a_missing_file() {
        Path missing = dir.resolve("none.tsv");

        assertThatThrownBy(() -> Glossary.load(missing))
                .isInstanceOf(InputException.class)
                .hasMessage("glossary " + missing + ": file not found");
    }

    @Test
    void should_let_the_last_duplicate_in_a_file_win() throws IOException {
        Glossary glossary = Glossary.load(write("d.tsv", "Istana\tthe Palace\nIstana\tthe State Palace\n"));

        assertThat(glossary.asMap()).containsExactly(java.util.Map.entry("Istana", "the State Palace"));
    }

    @Test
    void should_find_nothing_with_an_empty_glossary() {
        assertThat(Glossary.of(List.of()).entriesIn("Menlu AS")).isEmpty();
    }

    @Test
    void should_collapse_whitespace_in_entries() {
        assertThat(new GlossaryEntry("  Wali \t Kota ", " Mayor\n")).isEqualTo(new GlossaryEntry("Wali Kota", "Mayor"));
        assertThatThrownBy(() -> new GlossaryEntry(" ", "x")).hasMessageContaining("term");
    }

    @Test
    void should_find_terms_in_a_long_article_quickly() {
        String article = "Menteri Luar Negeri dan Menlu AS bertemu di Istana. Kapolri, Panglima TNI dan BNPB hadir. "
                .repeat(2_000);

        long start = System.nanoTime();
        List<GlossaryEntry> found = builtIn.entriesIn(article);

        assertThat(terms(found)).containsExactly("Menteri", "Menlu AS", "Istana", "Kapolri", "Panglima TNI", "BNPB");
        assertThat(System.nanoTime() - start).isLessThan(500_000_000L);
    }

    @Test
    void should_find_every_built_in_term_as_itself() {
        for (GlossaryEntry entry : builtInEntries()) {
            assertThat(builtIn.entriesIn("Kata " + entry.term() + ", kemarin."))
                    .as(entry.term())
                    .containsExactly(entry);
        }
    }

    @Test
    void may_be_shared_across_threads() throws Exception {
        String text = "Wakil Presiden dan Menlu AS bertemu Kapolri di Istana.";
        List<GlossaryEntry> expected = builtIn.entriesIn(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<List<GlossaryEntry>> task = () -> builtIn.entriesIn(text);
            for (Future<List<GlossaryEntry>> result : pool.invokeAll(Collections.nCopies(64, task))) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private List<GlossaryEntry> builtInEntries() {
        return builtIn.asMap().entrySet().stream()
                .map(e -> new GlossaryEntry(e.getKey(), e.getValue()))
                .toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> terms(List<GlossaryEntry> entries) {
        return entries.stream().map(GlossaryEntry::term).toList();
    }
}
