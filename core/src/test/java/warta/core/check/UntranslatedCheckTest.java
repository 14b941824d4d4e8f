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

        assertThat(findings).containsExactly(new Finding(1,
                "Pedagang mengatakan bahwa mereka tidak akan pindah ke lokasi yang baru.", "sentence left in Indonesian"));
    }

    @Test
    void should_flag_a_long_indonesian_passage_inside_an_english_sentence() {
        List<Finding> findings = check.check(List.of(
                "The minister said \"kami akan terus berjuang untuk rakyat kecil\" before leaving."));

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
                + "officials said on Tuesday."))).isEmpty();
    }

    @Test
    void should_return_nothing_for_no_paragraphs() {
        assertThat(check.check(List.of())).isEmpty();
    }
}
