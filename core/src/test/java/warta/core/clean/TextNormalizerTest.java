package warta.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void should_compose_unicode_to_nfc() {
        assertThat(TextNormalizer.normalize("Kafe\u0301 di Bandung")).isEqualTo("Kaf\u00e9 di Bandung");
    }

    @Test
    void should_collapse_every_kind_of_space_and_trim() {
        assertThat(TextNormalizer.normalize("\u00A0 Jakarta,\u2009 Senin \t (3/3)  ")).isEqualTo("Jakarta, Senin (3/3)");
    }

    @Test
    void should_straighten_typographic_quotes() {
        assertThat(TextNormalizer.normalize("\u201CKami siap,\u201D kata Ma\u2019ruf. ``Ya,'' jawabnya."))
                .isEqualTo("\"Kami siap,\" kata Ma'ruf. \"Ya,\" jawabnya.");
    }

    @Test
    void should_drop_invisible_characters() {
        assertThat(TextNormalizer.normalize("Pe\u00ADme\u200Brin\uFEFFtah")).isEqualTo("Pemerintah");
    }

    @Test
    void should_return_empty_for_whitespace_only() {
        assertThat(TextNormalizer.normalize(" \u00A0\u200B ")).isEmpty();
    }
}
