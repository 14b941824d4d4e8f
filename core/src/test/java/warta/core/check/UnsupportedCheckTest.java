package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsupportedCheckTest {

    private final UnsupportedCheck numbers = UnsupportedCheck.numbersOnly();
    private final UnsupportedCheck full = UnsupportedCheck.full();

    @Test
    void should_flag_a_changed_number() {
        List<Finding> findings =
                numbers.check("The flood hit 3,500 houses.", "Banjir melanda 3.000 rumah.", Map.of(), 2);

        assertThat(findings)
                .containsExactly(new Finding(
                        2,
                        "3,500",
                        "number 3,500: not in the source, in digits or in words; in \"The flood hit 3,500 houses.\""));
    }

    @Test
    void should_accept_number_formats_of_both_languages() {
        String source = "Dana Rp5 miliar untuk 3.000 warga, naik 2,5 persen menjadi 1,5 juta jiwa, "
                + "dan 12 atau dua belas bus pada pukul 14.30, 17 Januari 2024. Harga 10 persen.";
        String english =
                "Funds of 5 billion rupiah (IDR 5 billion) for 3,000 (3000) residents rose 2.5% to 1.5 million, "
                        + "with 12 buses at 2.30 PM on January 17, 2024. Prices 10 percent, 10%.";

        assertThat(numbers.check(english, source, Map.of(), -1)).isEmpty();
    }

    @Test
    void should_flag_a_wrong_scale() {
        assertThat(numbers.check("a budget of Rp 6.5 billion", "anggaran Rp 6,5 triliun", Map.of(), -1))
                .extracting(Finding::text)
                .containsExactly("Rp 6.5 billion");
    }

    @Test
    void should_flag_a_name_and_a_month_the_translation_lacks() {
        String translation = "Governor Pramono Anung said on Monday, January 17, that 20 schools were closed.";

        List<Finding> findings =
                full.check("Governor Anies Baswedan said in March that 20 schools closed.", translation, Map.of(), -1);

        assertThat(findings).extracting(Finding::text).containsExactlyInAnyOrder("Anies Baswedan", "March");
    }

    @Test
    void should_accept_glossary_renderings_and_names_in_either_language() {
        Map<String, String> glossary = Map.of("Menlu", "Foreign Minister");

        List<Finding> findings = full.check(
                "The Foreign Minister met the President of Indonesia in Jakarta.",
                "Menlu Retno bertemu Presiden di Jakarta, Indonesia.",
                glossary,
                -1);

        assertThat(findings).isEmpty();
    }

    @Test
    void should_ignore_ordinary_sentence_initial_words() {
        assertThat(full.check("Officials said the market reopened.", "Pasar dibuka lagi.", Map.of(), -1))
                .isEmpty();
    }

    @Test
    void should_accept_a_right_unit_conversion_in_brackets() {
        assertThat(UnsupportedCheck.numbersOnly()
                        .check(
                                "The stone weighs 380kg (838lb).",
                                "Batu itu memiliki berat 380 kg.",
                                java.util.Map.of(),
                                0))
                .isEmpty();
    }

    @Test
    void should_flag_a_wrong_unit_conversion_and_any_currency_conversion() {
        assertThat(UnsupportedCheck.numbersOnly()
                        .check(
                                "The stone weighs 380kg (640lb).",
                                "Batu itu memiliki berat 380 kg.",
                                java.util.Map.of(),
                                0))
                .extracting(Finding::text)
                .containsExactly("640");
        assertThat(UnsupportedCheck.numbersOnly()
                        .check("It is worth $370m (£235m).", "Nilainya 370 juta dolar AS.", java.util.Map.of(), 0))
                .extracting(Finding::text)
                .containsExactly("£235m");
    }

    @Test
    void should_not_take_a_bracketed_number_after_a_bare_year_for_a_conversion() {
        assertThat(UnsupportedCheck.numbersOnly()
                        .check(
                                "Exports fell in 2012 (15 percent).",
                                "Ekspor turun pada 2012 (12 persen).",
                                java.util.Map.of(),
                                0))
                .extracting(Finding::text)
                .containsExactly("15");
    }

    @Test
    void should_match_numbers_across_scale_words() {
        assertThat(UnsupportedCheck.numbersOnly()
                        .check("The budget is Rp 6.5 trillion.", "Anggarannya Rp 6,5 triliun.", java.util.Map.of(), 0))
                .isEmpty();
    }

    @Test
    void should_check_a_long_run_of_numbers_and_hyphenated_words_in_linear_time() {
        String claims = "1.".repeat(200_000) + "1 (2) " + "a-".repeat(200_000) + "a";

        List<Finding> findings =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> full.check(claims, "Tidak ada.", Map.of(), -1));

        assertThat(findings).isNotEmpty();
    }
}
