package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "Moskow, Moscow",
        "Djakarta, Jakarta",
        "Jogjakarta, Yogyakarta",
        "Soekarno, Sukarno",
        "Kairo, Cairo",
        "Jawa, Java",
        "Mekkah, Mecca",
        "Sentral, Central",
        "Tjirebon, Cirebon",
        "Sjahrir, Shahrir",
        "Kopenhagen, Copenhagen",
        "Atlantik, Atlantic",
        "São, Sao"
    })
    void should_fold_two_spellings_of_one_name_to_one_skeleton(String one, String other) {
        assertThat(Spelling.skeleton(one)).isEqualTo(Spelling.skeleton(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"Beijing, Bangkok", "Oslo, Osaka", "Jakarta, Jayapura", "Lima, Lyon"})
    void should_keep_different_names_apart(String one, String other) {
        assertThat(Spelling.skeleton(one)).isNotEqualTo(Spelling.skeleton(other));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Olympic, olimpik", "Filipina, pilipina", "Mecca, meka", "Slovakia, slowakia", "Zürich, surik"})
    void should_write_the_skeleton_out_as_documented(String word, String skeleton) {
        assertThat(Spelling.skeleton(word)).isEqualTo(skeleton);
    }
}
