package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProperNamesTest {

    @Test
    void should_find_runs_of_capitalised_words_and_skip_a_lone_opening_word() {
        assertThat(ProperNames.in("Namun, Wali Kota Solo Bagas Pratama menyambut Menteri Rina di Pasar Gede."))
                .containsExactly("Wali Kota Solo Bagas Pratama", "Menteri Rina", "Pasar Gede");
    }

    @Test
    void should_take_an_opening_word_that_runs_into_a_name() {
        assertThat(ProperNames.in("Presiden Joko Widodo tiba di Bandung pada Senin (5/2)."))
                .containsExactly("Presiden Joko Widodo", "Bandung");
    }

    @Test
    void should_split_a_name_into_parts_as_written() {
        assertThat(ProperNames.parts("Choe Son-hui")).containsExactly("Choe", "Son", "hui");
        assertThat(ProperNames.parts("RTs")).containsExactly("RT");
    }
}
