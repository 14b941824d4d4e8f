package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void should_find_roots_under_common_affixes() {
        assertThat(Lexicon.renderings("kebakaran")).contains("burn");
        assertThat(Lexicon.renderings("dibongkar")).contains("demolish");
        assertThat(Lexicon.renderings("rumahnya")).contains("house");
        assertThat(Lexicon.renderings("penjual")).contains("sell");
        assertThat(Lexicon.renderings("xyzabc")).isEmpty();
    }

    @Test
    void should_not_count_words_that_are_english_too_as_indonesian() {
        assertThat(Lexicon.isIndonesianOnly("banjir")).isTrue();
        assertThat(Lexicon.isIndonesianOnly("bank")).isFalse();
        assertThat(Lexicon.isIndonesianOnly("air")).isFalse();
    }

    @Test
    void should_match_a_rendering_by_its_stem() {
        assertThat(Lexicon.rendered(Lexicon.renderings("rumah"), Set.of("houses", "burned"), " houses burned "))
                .isTrue();
        assertThat(Lexicon.rendered(Lexicon.renderings("rumah"), Set.of("cars"), " cars "))
                .isFalse();
    }

    @Test
    void should_count_loanwords_as_covered() {
        Coverage coverage = Coverage.of("Kontraktor itu melanggar sanksi.", "The contractor broke the sanctions.");

        assertThat(coverage.found()).isEqualTo(coverage.known()).isPositive();
    }

    @Test
    void should_not_take_a_capitalised_word_the_lexicon_knows_for_a_name() {
        assertThat(Anchors.of("Satu Rumah Terbakar, Presiden Joko Widodo Datang"))
                .containsExactlyInAnyOrder("joko", "widodo");
    }

    @Test
    void should_find_renderings_of_free_news_wording() {
        assertThat(Lexicon.renderings("berkaitan")).contains("link");
        assertThat(Lexicon.renderings("ditikam")).contains("stab");
        assertThat(Lexicon.renderings("tanda")).contains("sign");
        assertThat(Lexicon.renderings("aksi")).contains("protest");
    }
}
