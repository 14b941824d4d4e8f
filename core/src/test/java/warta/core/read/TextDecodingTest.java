package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import warta.core.article.Article;
import warta.core.article.Source;

class TextDecodingTest {

    private final ArticleReader reader = new ArticleReader();

    @Test
    void should_strip_utf8_bom() {
        byte[] bytes = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Jakarta — kabar".getBytes(StandardCharsets.UTF_8));

        assertThat(decode(bytes, null)).isEqualTo("Jakarta — kabar");
    }

    @Test
    void should_decode_utf16_le_and_be_with_bom() {
        byte[] le =
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Café di Bandung".getBytes(StandardCharsets.UTF_16LE));
        byte[] be =
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Café di Bandung".getBytes(StandardCharsets.UTF_16BE));

        assertThat(decode(le, null)).isEqualTo("Café di Bandung");
        assertThat(decode(be, null)).isEqualTo("Café di Bandung");
    }

    @Test
    void should_decode_windows_1252_smart_quotes_and_accents() {
        byte[] bytes = {
            (byte) 0x93,
            'K',
            'a',
            't',
            'a',
            (byte) 0x94,
            ' ',
            'c',
            'a',
            'f',
            (byte) 0xE9,
            ' ',
            (byte) 0x96,
            ' ',
            'i',
            't',
            'u',
            (byte) 0x92,
            's'
        };

        assertThat(decode(bytes, null)).isEqualTo("“Kata” café – itu’s");
    }

    @Test
    void should_prefer_valid_utf8_over_windows_1252() {
        assertThat(decode("“Kata” café".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("“Kata” café");
    }

    @Test
    void should_turn_crlf_and_lone_cr_into_lf() {
        assertThat(decode("satu\r\ndua\rtiga\n".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo("satu\ndua\ntiga\n");
    }

    @Test
    void should_normalise_to_nfc() {
        String decomposed = "Cafe\u0301";

        assertThat(decode(decomposed.getBytes(StandardCharsets.UTF_8), null)).isEqualTo("Caf\u00E9");
    }

    @Test
    void should_honour_charset_from_content_type() {
        byte[] bytes = "<p>café</p>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(decode(bytes, "text/html; charset=ISO-8859-1")).isEqualTo("<p>café</p>");
    }

    @Test
    void should_read_a_page_that_declares_latin1_but_is_valid_utf8_as_utf8() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head>"
                + "<body><p>\u00A9 2024 Kabar \u2014 \u201CKami siap,\u201D kata Jos\u00E9.</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);

        assertThat(decode(bytes, null)).isEqualTo(html).doesNotContain("\u00C2");
        assertThat(decode(bytes, "text/html; charset=windows-1252")).isEqualTo(html);
    }

    @Test
    void should_keep_a_declared_latin1_page_that_is_not_valid_utf8() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>\u00A9 Caf\u00E9</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(decode(bytes, null)).isEqualTo(html);
    }

    @Test
    void should_honour_meta_charset_in_html() {
        String html = "<html><head><meta charset=\"koi8-r\"></head><body>Привет</body></html>";
        byte[] bytes = html.getBytes(java.nio.charset.Charset.forName("KOI8-R"));

        assertThat(decode(bytes, null)).isEqualTo(html);
    }

    @Test
    void should_ignore_declared_utf8_when_bytes_are_not_utf8() {
        byte[] bytes =
                "<html><head><meta charset=utf-8></head><body>café</body></html>".getBytes(TextDecoder.WINDOWS_1252);

        assertThat(decode(bytes, null)).contains("café");
    }

    @Test
    void should_ignore_unknown_declared_charset() {
        assertThat(decode("café".getBytes(StandardCharsets.UTF_8), "text/plain; charset=no-such-thing"))
                .isEqualTo("café");
    }

    private String decode(byte[] bytes, String contentType) {
        Article article = reader.fromBytes(bytes, Source.inline(), contentType);
        return article.content();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void should_read_a_charset_after_any_spacing_in_linear_time() {
        byte[] bytes = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(bytes, "text/plain; charset =  \" ISO-8859-1\""))
                .isEqualTo("caf\u00e9");
        String header = "text/html; charset=" + " ".repeat(100_000) + "!";

        String text = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TextDecoder.decode(bytes, header));

        assertThat(text).isEqualTo("caf\u00e9");
    }
}
