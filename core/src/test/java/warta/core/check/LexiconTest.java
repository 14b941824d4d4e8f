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
    void should_keep_the_world_roots_out_of_the_omission_evidence() {
        assertThat(Lexicon.allRenderings("semenanjung")).contains("peninsula");
        assertThat(Lexicon.allRenderings("kepulauan")).contains("island");
        assertThat(Lexicon.allRenderings("rumah")).contains("house");
        assertThat(Lexicon.renderings("semenanjung")).isEmpty();
        assertThat(Lexicon.isIndonesianOnly("semenanjung")).isFalse();
        assertThat(Lexicon.allRenderings("kerajaan-kerajaan")).contains("kingdom");
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

    @Test
    void should_look_up_a_reduplicated_word_by_its_half() {
        assertThat(Lexicon.renderings("negara-negara")).contains("country");
        assertThat(Lexicon.renderings("warung-warung")).contains("stall");
    }

    @Test
    void should_take_a_first_word_for_a_name_only_when_it_shows_nothing_indonesian() {
        assertThat(Anchors.of("Iran menyatakan tidak terlibat.")).contains("iran");
        assertThat(Anchors.of("Dikatakan, warga sudah pulang.")).isEmpty();
    }

    @Test
    void should_tie_a_name_to_its_english_spelling() {
        assertThat(Anchors.matched(Set.of("kontraktor"), Set.of("the", "contractor")))
                .isEqualTo(1);
    }
}
