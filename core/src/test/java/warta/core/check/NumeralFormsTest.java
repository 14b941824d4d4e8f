package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NumeralFormsTest {

    @Test
    void should_read_roman_numerals_written_the_standard_way_in_capitals() {
        assertThat(NumeralForms.keys("Abad XVII, Perang Dunia II, Paus Benediktus XVI."))
                .containsExactlyInAnyOrder("17", "2", "16");
        assertThat(NumeralForms.roman("MCMXLV")).isEqualTo(1945);
        assertThat(NumeralForms.roman("IIII")).isZero();
        assertThat(NumeralForms.keys("I met CIVIL servants and MIMI.")).isEmpty();
    }

    @Test
    void should_read_indonesian_halves_after_a_number() {
        assertThat(NumeralForms.keys("Butuh satu setengah jam, lalu 2 setengah tahun dan setengah hari."))
                .containsExactlyInAnyOrder("1.5", "2.5");
    }

    @Test
    void should_support_numbers_in_these_forms_and_no_others() {
        UnsupportedCheck check = UnsupportedCheck.numbersOnly();

        assertThat(check.check("The 17th century church.", "Gereja abad XVII.", Map.of(), 0))
                .isEmpty();
        assertThat(check.check("It took 1.5 hours.", "Butuh satu setengah jam.", Map.of(), 0))
                .isEmpty();
        assertThat(check.check(
                        "The 18th century church, 2.5 hours away.",
                        "Gereja abad XVII, satu setengah jam.",
                        Map.of(),
                        0))
                .extracting(Finding::text)
                .containsExactly("18", "2.5");
    }

    @Test
    void should_read_a_roman_numeral_only_where_it_stands_for_a_number() {
        assertThat(NumeralForms.keys("Sri Sultan Hamengkubuwono X membuka pameran benda abad XVII."))
                .containsExactlyInAnyOrder("10", "17");
        assertThat(NumeralForms.keys("Sejak Perang Dunia II, bahkan Perang Dunia I."))
                .containsExactlyInAnyOrder("2", "1");
        assertThat(NumeralForms.keys("Pertumbuhan kuartal III, Komisi XI DPR, Kodam IV/Diponegoro, PON XX Papua."))
                .containsExactlyInAnyOrder("3", "11", "4", "20");
        assertThat(NumeralForms.keys("Gereja dari abad ke-XVII dan Sultan HB X."))
                .containsExactlyInAnyOrder("17", "10");
        assertThat(NumeralForms.keys("Queen Elizabeth II met Pope John Paul II after World War II."))
                .containsExactly("2");
    }

    @Test
    void should_not_read_indonesian_abbreviations_as_roman_numerals() {
        assertThat(NumeralForms.keys("Banjir di Provinsi DI Yogyakarta melanda CV Maju."))
                .isEmpty();
        assertThat(NumeralForms.keys("Ia menjual CD dan kabel 2 MM di Jalan MI, lalu XL Axiata."))
                .isEmpty();
        assertThat(NumeralForms.keys("BANJIR DI JAKARTA, MI INSTAN LANGKA")).isEmpty();
        assertThat(NumeralForms.keys("Then I said so. Vitamin C, Blok M, Cinema XXI dan tersangka X."))
                .isEmpty();
    }

    @Test
    void should_not_let_an_abbreviation_support_a_made_up_number() {
        UnsupportedCheck check = UnsupportedCheck.numbersOnly();

        assertThat(check.check(
                        "501 people were evacuated in Yogyakarta.", "Warga DI Yogyakarta mengungsi.", Map.of(), 0))
                .extracting(Finding::text)
                .containsExactly("501");
        assertThat(check.check("The firm paid 105 workers.", "CV Maju membayar pekerja.", Map.of(), 0))
                .extracting(Finding::text)
                .containsExactly("105");
        assertThat(check.check("2000 CDs worth 400 each.", "Ribuan CD seharga MM.", Map.of(), 0))
                .extracting(Finding::text)
                .containsExactly("2000", "400");
        assertThat(check.check(
                        "Sultan Hamengkubuwono X, since World War II.",
                        "Sultan Hamengkubuwono X, sejak Perang Dunia II.",
                        Map.of(),
                        0))
                .isEmpty();
    }
}
