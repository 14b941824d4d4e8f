package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    private final Phrases phrases = Phrases.builder()
            .pair("Korea Utara", "North Korea")
            .pair("Korea", "Korea")
            .pair("AS", "United States")
            .pair("Afganistan", "Afghan")
            .build();

    @Test
    void should_find_every_phrase_in_a_text_in_any_case_and_both_ways() {
        assertThat(renderingsIn("Rudal KOREA UTARA jatuh; north korea denied."))
                .containsExactly("North Korea", "Korea", "Korea Utara", "Korea");
    }

    @Test
    void should_match_a_phrase_without_lower_case_letters_only_as_written() {
        assertThat(renderingsIn("Pejabat AS datang.")).containsExactly("United States");
        assertThat(renderingsIn("It came as planned. Rakyat As senang.")).isEmpty();
    }

    @Test
    void should_match_words_by_their_spelling_skeleton() {
        assertThat(renderingsIn("Pasukan di Afghanistan ditarik.")).containsExactly("Afghan");
    }

    @Test
    void should_not_match_a_phrase_cut_off_by_the_end_of_the_text() {
        assertThat(renderingsIn("Utusan dari Korea")).containsExactly("Korea");
    }

    @Test
    void should_match_the_longest_phrase_at_a_word_once_with_its_text_as_written() {
        List<Phrases.Match> matches = phrases.matchesIn(Phrases.Text.of("Rudal KOREA  UTARA jatuh di Korea."));

        assertThat(matches)
                .extracting(Phrases.Match::written, Phrases.Match::start, Phrases.Match::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("KOREA  UTARA", 1, 3),
                        org.assertj.core.groups.Tuple.tuple("Korea", 5, 6));
        assertThat(matches.getFirst().phrases()).containsExactly("Korea Utara");
        assertThat(matches.getFirst().renderings()).containsExactly("North Korea");
        assertThat(Phrases.Text.key("Korea  Utara")).isEqualTo(Phrases.Text.key("KOREA UTARA"));
    }

    private List<String> renderingsIn(String text) {
        List<String> found = new ArrayList<>();
        phrases.renderingsIn(Phrases.Text.of(text), found::add);
        return found;
    }
}
