package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void should_support_the_words_of_the_reference_and_their_spelling_and_close_variants() {
        Vocabulary vocabulary = Vocabulary.of("Presiden Indonesia tiba di Moskow.", Map.of());

        assertThat(vocabulary.supports("PRESIDEN")).isTrue();
        assertThat(vocabulary.supports("President")).isTrue();
        assertThat(vocabulary.supports("Indonesian")).isTrue();
        assertThat(vocabulary.supports("Moscow")).isTrue();
        assertThat(vocabulary.supports("Beijing")).isFalse();
    }

    @Test
    void should_support_lexicon_renderings_with_a_short_ending_only() {
        Vocabulary vocabulary = Vocabulary.of("Warga provinsi di semenanjung.", Map.of());

        assertThat(vocabulary.supports("Provinces")).isTrue();
        assertThat(vocabulary.supports("Peninsula")).isTrue();
        assertThat(vocabulary.supports("Provincialism")).isFalse();
    }

    @Test
    void should_support_adjectives_of_supported_names() {
        Vocabulary vocabulary = Vocabulary.of("Umat Katolik Roma di Kanada dan Israel.", Map.of());

        assertThat(vocabulary.supports("Roman")).isTrue();
        assertThat(vocabulary.supports("Canadian")).isTrue();
        assertThat(vocabulary.supports("Israeli")).isTrue();
        assertThat(vocabulary.supports("Norwegian")).isFalse();
    }

    @Test
    void should_support_glossary_renderings_both_ways() {
        Map<String, String> glossary = Map.of("Kemlu", "Foreign Ministry");

        assertThat(Vocabulary.of("Juru bicara Kemlu.", glossary).supports("Ministry"))
                .isTrue();
        assertThat(Vocabulary.of("The Foreign Ministry said.", glossary).supports("Kemlu"))
                .isTrue();
        assertThat(Vocabulary.of("Juru bicara.", glossary).supports("Ministry")).isFalse();
    }

    @Test
    void should_support_terms_and_abbreviations() {
        Vocabulary vocabulary = Vocabulary.of("Menlu Korut bertemu pejabat PBB di Timteng.", Map.of());

        assertThat(vocabulary.supports("Foreign")).isTrue();
        assertThat(vocabulary.supports("North")).isTrue();
        assertThat(vocabulary.supports("UN")).isTrue();
        assertThat(vocabulary.supports("Middle")).isTrue();
        assertThat(vocabulary.supports("South")).isFalse();
    }
}
