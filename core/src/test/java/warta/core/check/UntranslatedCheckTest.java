package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UntranslatedCheckTest {

    private final UntranslatedCheck check = new UntranslatedCheck();

    @Test
    void should_flag_a_sentence_left_in_indonesian() {
        String paragraph = "The governor opened the new market on Monday. "
                + "Pedagang mengatakan bahwa mereka tidak akan pindah ke lokasi yang baru. "
                + "The police guarded the site.";

        List<Finding> findings = check.check(List.of("Residents welcomed the plan.", paragraph));

        assertThat(findings)
                .containsExactly(new Finding(
                        1,
                        "Pedagang mengatakan bahwa mereka tidak akan pindah ke lokasi yang baru.",
                        "sentence left in Indonesian"));
    }

    @Test
    void should_flag_a_long_indonesian_passage_inside_an_english_sentence() {
        List<Finding> findings = check.check(
                List.of("The minister said \"kami akan terus berjuang untuk rakyat kecil\" before leaving."));

        assertThat(findings).extracting(Finding::text).containsExactly("kami akan terus berjuang untuk rakyat kecil");
    }

    @Test
    void should_not_flag_names_titles_places_and_abbreviations() {
        List<String> english = List.of(
                "Members of the Dewan Perwakilan Rakyat Daerah met officials from the KPK, Polri and TNI.",
                "The office on Jalan Sudirman in Kabupaten Bogor practises \"gotong royong\" every week.",
                "Governor Joko Widodo visited Tanah Abang market.");

        assertThat(check.check(english)).isEmpty();
    }

    @Test
    void should_not_flag_clean_english() {
        assertThat(check.check(List.of("The flood reached 50 centimetres and 500 houses were inundated, "
                        + "officials said on Tuesday.")))
                .isEmpty();
    }

    @Test
    void should_return_nothing_for_no_paragraphs() {
        assertThat(check.check(List.of())).isEmpty();
    }

    @Test
    void should_flag_an_indonesian_headline_in_title_case() {
        List<Finding> findings = check.check(List.of("Schools reopened on Monday. Kebakaran Hutan di Riau Meluas."));

        assertThat(findings).extracting(Finding::text).containsExactly("Kebakaran Hutan di Riau Meluas.");
    }

    @Test
    void should_not_flag_an_english_headline_without_function_words() {
        assertThat(check.check(List.of("Jakarta Governor Visits Flood Victims.", "Bank Data Shows Growth.")))
                .isEmpty();
    }

    @Test
    void should_start_a_passage_at_its_first_indonesian_word_not_at_a_name_before_it() {
        List<Finding> findings = check.check(
                List.of("The school stands on Jl. Karena selain membayar cicilan, warga juga harus membayar bunga."));

        assertThat(findings)
                .extracting(Finding::text)
                .allSatisfy(t -> assertThat(t).startsWith("Karena"));
    }
}
