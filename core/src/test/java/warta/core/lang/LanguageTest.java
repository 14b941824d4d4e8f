package warta.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void should_name_the_language_in_english_from_cldr() {
        assertThat(new Language("ms", 0.9).name()).isEqualTo("Malay");
        assertThat(new Language("id", 0.9).name()).isEqualTo("Indonesian");
        assertThat(new Language("jv", 0.9).name()).isEqualTo("Javanese");
        assertThat(Language.undetermined().name()).isEqualTo("undetermined");
    }

    @Test
    void should_refuse_a_confidence_outside_zero_to_one() {
        assertThatThrownBy(() -> new Language("id", 1.5)).hasMessageContaining("between 0 and 1");
    }
}
