package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {

    private final Terms terms = Terms.of(Map.of());

    @Test
    void should_find_a_phrase_with_two_ways_of_rendering_it_as_a_term() {
        assertThat(terms.in("Kementerian Luar Negeri menyatakan bahwa kementerian luar negeri siap."))
                .containsExactly(new Terms.Found("kementerian luar negeri", "Kementerian Luar Negeri"));
    }

    @Test
    void should_not_take_a_phrase_whose_renderings_are_one_way_or_single_words_for_a_term() {
        // AS: US, United States, America, American (one way and single words); luar negeri: foreign, abroad ...
        assertThat(terms.in("Pejabat AS pergi ke luar negeri dan Korea Utara.")).isEmpty();
    }

    @Test
    void should_leave_a_glossary_term_out() {
        Terms withGlossary = Terms.of(Map.of("Kementerian Luar Negeri", "Ministry of Foreign Affairs"));

        assertThat(withGlossary.in("Kementerian Luar Negeri menyatakan.")).isEmpty();
    }

    @Test
    void should_read_the_rendering_the_english_chose() {
        assertThat(terms.chosen(
                        "Kementerian Luar Negeri RI menyatakan hal itu.",
                        "The Indonesian Ministry of Foreign Affairs said so."))
                .containsExactly(Map.entry("kementerian luar negeri", "Ministry of Foreign Affairs"));
    }

    @Test
    void should_choose_nothing_when_the_english_used_no_known_rendering() {
        assertThat(terms.chosen("Kementerian Luar Negeri menyatakan hal itu.", "The diplomats said so."))
                .isEmpty();
    }

    @Test
    void should_report_a_term_rendered_two_ways_in_one_article() {
        Terms.Report report = terms.report(
                List.of("Kementerian Luar Negeri menyatakan hal itu.", "Menurut Kementerian Luar Negeri, warga aman."),
                List.of(
                        "The Foreign Ministry said so.",
                        "According to the Ministry of Foreign Affairs, citizens are safe."),
                List.of(0, 1));

        assertThat(report.findings())
                .containsExactly(new Finding(
                        1,
                        "Ministry of Foreign Affairs",
                        "\"Kementerian Luar Negeri\" is rendered both \"Foreign Ministry\" and \"Ministry of Foreign"
                                + " Affairs\""));
        assertThat(report.uses())
                .containsExactly(
                        new TermUse("Kementerian Luar Negeri", "Foreign Ministry", 1),
                        new TermUse("Kementerian Luar Negeri", "Ministry of Foreign Affairs", 1));
    }

    @Test
    void should_not_report_a_term_rendered_the_same_way_every_time() {
        Terms.Report report = terms.report(
                List.of("Kementerian Luar Negeri menyatakan hal itu.", "Menurut Kementerian Luar Negeri, warga aman."),
                List.of("The Foreign Ministry said so.", "According to the foreign ministry, citizens are safe."),
                List.of(0, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(report.uses()).containsExactly(new TermUse("Kementerian Luar Negeri", "Foreign Ministry", 2));
    }

    @Test
    void should_not_report_a_term_that_occurs_once() {
        Terms.Report report = terms.report(
                List.of("Kementerian Luar Negeri (Kemlu) menyatakan hal itu."),
                List.of("The Ministry of Foreign Affairs (Foreign Ministry) said so."),
                List.of(0));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void should_count_a_rendering_another_source_phrase_explains_for_that_phrase() {
        // Kemlu has one rendering, "Foreign Ministry": the two of them are its, not the term's.
        Terms.Report report = terms.report(
                List.of(
                        "Kementerian Luar Negeri menyatakan hal itu.",
                        "Kemlu dan Kemenlu lalu bertemu lagi.",
                        "Kementerian Luar Negeri setuju."),
                List.of(
                        "The Ministry of Foreign Affairs said so.",
                        "The Foreign Ministry and the foreign ministry met again.",
                        "The Ministry of Foreign Affairs agreed."),
                List.of(0, 1, 2));

        assertThat(report.findings()).isEmpty();
        assertThat(report.uses())
                .containsExactly(new TermUse("Kementerian Luar Negeri", "Ministry of Foreign Affairs", 2));
    }

    @Test
    void should_count_a_rendering_a_glossary_term_of_the_source_explains_for_that_term() {
        Terms withGlossary = Terms.of(Map.of("Deplu", "Foreign Ministry"));

        Terms.Report report = withGlossary.report(
                List.of("Kementerian Luar Negeri dan Deplu bertemu.", "Kementerian Luar Negeri setuju."),
                List.of(
                        "The Ministry of Foreign Affairs and the Foreign Ministry met.",
                        "The Ministry of Foreign Affairs agreed."),
                List.of(0, 1));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void should_not_take_a_rendering_inside_another_or_an_abbreviation_for_a_second_way() {
        // wakil presiden: vice president, VP; sekolah dasar: elementary school, primary school.
        Terms.Report report = terms.report(
                List.of("Wakil gubernur dan wakil gubernur lagi.", "Wakil gubernur datang."),
                List.of("The vice governor and the vice governor again.", "The Vice Governor came."),
                List.of(0, 1));

        assertThat(report.findings()).isEmpty();
        assertThat(TermFamilies.of(List.of("United States", "US", "U.S.", "USA", "America", "American")))
                .hasSize(1);
        assertThat(TermFamilies.of(List.of("prime minister", "premier", "PM"))).hasSize(1);
        assertThat(TermFamilies.of(List.of("south-east asia", "southeast asia")))
                .hasSize(1);
        assertThat(TermFamilies.of(List.of("eid al-fitr", "eid"))).hasSize(1);
        assertThat(TermFamilies.of(List.of("defence minister", "defense minister")))
                .hasSize(1);
        assertThat(TermFamilies.of(List.of("foreign ministry", "ministry of foreign affairs", "foreign")))
                .hasSize(2)
                .allSatisfy(family -> assertThat(family).doesNotContainValue("foreign"));
    }
}
