package warta.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.Fixtures;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.inspect.Inspection;
import warta.core.inspect.Inspector;
import warta.core.testing.FakeEnglish;

class SourceLinesTest {

    private static final List<String> SOURCE = List.of(
            "Banjir merendam 300 rumah di Bekasi pada Senin. Warga mengungsi ke masjid.",
            "Pemerintah menyiapkan 12 perahu karet.",
            "Hujan diperkirakan turun lagi besok. BMKG meminta warga waspada. Sekolah diliburkan.");

    @Test
    void should_number_the_source_sentences_exactly_as_inspect_lists_them() {
        // given
        Inspection inspection =
                Inspector.withDefaults().inspect(Article.text(Source.inline(), Fixtures.load("medcom-style.txt")));

        // when
        SourceLines lines = SourceLines.of(inspection.article().paragraphs());

        // then
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < inspection.sentences().size(); i++) {
            expected.add("[" + (i + 1) + "] " + inspection.sentences().get(i));
        }
        assertThat(String.join("\n", lines.paragraphs()).split("\n")).containsExactlyElementsOf(expected);
        assertThat(lines.numbers()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void should_render_one_line_per_sentence_and_a_blank_line_between_paragraphs() {
        assertThat(SourceLines.of(SOURCE).text()).isEqualTo("""
                        [1] Banjir merendam 300 rumah di Bekasi pada Senin.
                        [2] Warga mengungsi ke masjid.

                        [3] Pemerintah menyiapkan 12 perahu karet.

                        [4] Hujan diperkirakan turun lagi besok.
                        [5] BMKG meminta warga waspada.
                        [6] Sekolah diliburkan.""");
    }

    @Test
    void should_give_the_sentences_a_citation_names_and_nothing_else() {
        SourceLines lines = SourceLines.of(SOURCE);

        assertThat(lines.cited(List.of(3, 5)))
                .isEqualTo("Pemerintah menyiapkan 12 perahu karet.\nBMKG meminta warga waspada.");
        assertThat(lines.cited(List.of(42))).isEmpty();
    }

    @Test
    void should_label_each_english_sentence_with_the_source_sentence_it_translates() {
        // given a faithful translation: one English sentence per source sentence
        List<String> english = SOURCE.stream().map(FakeEnglish::paragraph).toList();

        // when
        SourceLines lines = SourceLines.of(SOURCE, english);

        // then
        List<String> rendered = List.of(lines.text().split("\n+"));
        assertThat(rendered).hasSize(6);
        for (int i = 0; i < rendered.size(); i++) {
            assertThat(rendered.get(i)).startsWith("[" + (i + 1) + "] ");
        }
        assertThat(rendered.get(2)).isEqualTo("[3] " + FakeEnglish.paragraph(SOURCE.get(1)));
    }

    @Test
    void should_label_by_position_when_the_english_has_fewer_or_more_sentences() {
        // given: paragraph 1 joined into one sentence, paragraph 3 split unevenly
        List<String> english = List.of(
                "Floods covered 300 houses in Bekasi on Monday and residents fled to a mosque.",
                "The government prepared 12 rubber boats. They are ready.",
                "More rain is expected tomorrow. The agency asked residents to stay alert and schools closed.");

        // when
        String text = SourceLines.of(SOURCE, english).text();

        // then
        assertThat(text).isEqualTo("""
                        [1,2] Floods covered 300 houses in Bekasi on Monday and residents fled to a mosque.

                        [3] The government prepared 12 rubber boats.
                        [3] They are ready.

                        [4] More rain is expected tomorrow.
                        [5,6] The agency asked residents to stay alert and schools closed.""");
    }

    @Test
    void should_leave_out_a_paragraph_without_english_but_keep_the_numbers_after_it() {
        List<String> english = List.of("", "The government prepared 12 rubber boats.", "Rain. Alert. Schools.");

        SourceLines lines = SourceLines.of(SOURCE, english);

        assertThat(lines.numbers()).containsExactly(3, 4, 5, 6);
        assertThat(lines.paragraphs().getFirst()).isEqualTo("[3] The government prepared 12 rubber boats.");
    }

    @Test
    void should_refuse_a_translation_that_does_not_pair_with_the_source() {
        assertThatThrownBy(() -> SourceLines.of(SOURCE, List.of("One.")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 and 1");
    }

    @Test
    void should_put_the_line_label_in_front_of_a_part_that_starts_inside_a_line() {
        // given one sentence far over the budget
        String sentence = "Warga " + "desa itu menunggu bantuan ".repeat(30) + "sejak pagi.";
        SourceLines lines = SourceLines.of(List.of("Banjir datang.", sentence));
        List<Chunk> chunks = Chunker.of(40).chunk(lines.paragraphs());

        // when
        List<String> parts = chunks.stream().map(lines::part).toList();

        // then
        assertThat(parts).hasSizeGreaterThan(2);
        assertThat(parts.getFirst()).startsWith("[1] Banjir datang.");
        assertThat(parts.subList(1, parts.size())).allMatch(p -> p.startsWith("[2] "));
        assertThat(parts.get(2)).doesNotContain("Warga");
    }

    @Test
    void should_align_one_to_one_in_order_when_the_counts_match() {
        assertThat(SourceLines.align(List.of("a", "b", "c"), List.of("x", "y", "z")))
                .containsExactly(List.of(0), List.of(1), List.of(2));
    }
}
