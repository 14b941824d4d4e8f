package warta.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /** The normaliser as plain regex passes, which the quick checks must not change. */
    private static String reference(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]").matcher(s).replaceAll("");
        return Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+")
                .matcher(s)
                .replaceAll(" ")
                .strip();
    }

    @Test
    void should_compose_unicode_to_nfc() {
        assertThat(TextNormalizer.normalize("Kafe\u0301 di Bandung")).isEqualTo("Kaf\u00e9 di Bandung");
    }

    @Test
    void should_keep_the_publishers_quotes_and_drop_only_invisibles_and_extra_spaces() {
        String text = "  \u201CKami\u00A0 siap,\u201D kata\u200B Ma\u2019ruf ``x'' \u00AB\u00ADy\u00BB \u2013 z\t\n";

        assertThat(TextNormalizer.normalize(text))
                .isEqualTo("\u201CKami siap,\u201D kata Ma\u2019ruf ``x'' \u00ABy\u00BB \u2013 z");
    }

    @Test
    void should_fold_every_quote_style_to_straight_quotes_for_comparison() {
        String text = "\u201CKami siap,\u201D kata Ma\u2019ruf ``x'' \u00ABy\u00BB \u201Ez\u201F \u2018a\u201B";

        assertThat(TextNormalizer.foldQuotes(text)).isEqualTo("\"Kami siap,\" kata Ma'ruf \"x\" \"y\" \"z\" 'a'");
    }

    @Test
    void should_leave_text_that_is_already_normal_unchanged() {
        String text = "Presiden Joko Widodo meresmikan jalan tol, Senin (15/1/2024).";

        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void should_give_empty_text_when_nothing_visible_is_left() {
        assertThat(TextNormalizer.normalize("\u200B \u00A0\uFEFF")).isEmpty();
    }

    @Test
    void should_agree_with_the_plain_regex_passes_on_random_text() {
        String alphabet = "ab .,\"'`\t\n\r\u000B\f\u00A0\u00AD\u00AB\u00BB\u1680\u2000\u2005\u200A\u200B\u200C\u200D"
                + "\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u202F\u205F\u2032\u2033\u2060\u3000\uFEFFe\u0301";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TextNormalizer.normalize(text.toString())).as("%s", text).isEqualTo(reference(text.toString()));
        }
    }
}
