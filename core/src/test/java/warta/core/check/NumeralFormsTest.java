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
}
