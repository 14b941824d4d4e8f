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
    void should_keep_a_form_of_address_out_of_a_persons_name_but_in_a_fixed_phrase_or_a_place() {
        assertThat(ProperNames.in("Warga menyambut Bu Risma dan Pak Jokowi di Surabaya."))
                .containsExactly("Risma", "Jokowi", "Surabaya");
        assertThat(ProperNames.in("Pak Jokowi meninjau lokasi."))
                .as("at the start of a sentence as well")
                .containsExactly("Jokowi");
        assertThat(ProperNames.in("Warga mendukung pembangunan Ibu Kota Nusantara."))
                .containsExactly("Ibu Kota Nusantara");
        assertThat(ProperNames.in("Ibu Kota Nusantara dibangun di Kalimantan Timur."))
                .containsExactly("Ibu Kota Nusantara", "Kalimantan Timur");
        assertThat(ProperNames.in("Jemaah menginap di Asrama Haji Pondok Gede."))
                .containsExactly("Asrama Haji Pondok Gede");
        assertThat(ProperNames.in("Kemudian Pak Jokowi tiba."))
                .as("a capitalised function word does not make the form of address part of a name")
                .containsExactly("Jokowi");
    }

    @Test
    void should_split_a_name_into_parts_as_written() {
        assertThat(ProperNames.parts("Choe Son-hui")).containsExactly("Choe", "Son", "hui");
        assertThat(ProperNames.parts("RTs")).containsExactly("RT");
    }
}
