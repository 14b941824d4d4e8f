package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import warta.core.error.InputException;

class StrictDecoderTest {

    private static final String BODY = "the request body";

    @Test
    void should_decode_valid_utf8_unchanged() {
        String text = "\uFEFFBanjir di Cipinang — 120 rumah 🌊\r\n";

        assertThat(StrictDecoder.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, BODY))
                .isEqualTo(text);
    }

    @Test
    void should_name_the_offset_and_the_byte_of_a_bad_start_byte() {
        byte[] data = bytes("Bandung ", 0xFF, 0xFE, 0x20, 0x6B);

        assertThatThrownBy(() -> StrictDecoder.decode(data, StandardCharsets.UTF_8, BODY))
                .isInstanceOf(InputException.class)
                .hasMessage("the request body is not valid UTF-8 at byte offset 8 (0xFF)");
    }

    @Test
    void should_refuse_a_sequence_cut_short_at_the_end() {
        byte[] data = bytes("kafe", 0xC3);

        assertThatThrownBy(() -> StrictDecoder.decode(data, StandardCharsets.UTF_8, BODY))
                .hasMessage("the request body is not valid UTF-8 at byte offset 4 (0xC3)");
    }

    @Test
    void should_refuse_an_encoded_surrogate_and_an_overlong_form() {
        assertThatThrownBy(() -> StrictDecoder.decode(bytes("a", 0xED, 0xA0, 0x80), StandardCharsets.UTF_8, BODY))
                .hasMessageStartingWith("the request body is not valid UTF-8 at byte offset 1 (0xED");
        assertThatThrownBy(() -> StrictDecoder.decode(bytes("ab", 0xC0, 0xAF), StandardCharsets.UTF_8, BODY))
                .hasMessageStartingWith("the request body is not valid UTF-8 at byte offset 2 (0xC0");
    }

    @Test
    void should_decode_and_check_a_declared_charset() {
        Charset windows1252 = Charset.forName("windows-1252");

        assertThat(StrictDecoder.decode(bytes("caf", 0xE9), windows1252, BODY)).isEqualTo("café");
        assertThatThrownBy(() -> StrictDecoder.decode(bytes("x", 0x81), windows1252, BODY))
                .hasMessage("the request body is not valid windows-1252 at byte offset 1 (0x81)");
    }

    @Test
    void should_decode_an_empty_body() {
        assertThat(StrictDecoder.decode(new byte[0], StandardCharsets.UTF_8, BODY))
                .isEmpty();
    }

    @Test
    void should_decode_a_body_in_the_charset_its_type_declares() {
        byte[] cafe = bytes("caf", 0xE9);

        assertThat(StrictDecoder.decodeBody(cafe, "text/plain; charset=\"windows-1252\"", BODY))
                .isEqualTo("café");
        assertThat(StrictDecoder.decodeBody(cafe, "text/html;Charset=ISO-8859-1", BODY))
                .isEqualTo("café");
        assertThatThrownBy(() -> StrictDecoder.decodeBody(cafe, "text/plain", BODY))
                .hasMessage("the request body is not valid UTF-8 at byte offset 3 (0xE9)");
        assertThatThrownBy(() -> StrictDecoder.decodeBody(cafe, null, BODY))
                .hasMessage("the request body is not valid UTF-8 at byte offset 3 (0xE9)");
    }

    @Test
    void should_take_json_as_utf8_only() {
        byte[] json = "{\"text\": \"kafe\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(StrictDecoder.decodeBody(json, "application/json; charset=UTF-8", BODY))
                .contains("kafe");
        assertThat(StrictDecoder.decodeBody(json, "application/problem+json", BODY))
                .contains("kafe");
        assertThatThrownBy(() -> StrictDecoder.decodeBody(json, "application/json; charset=ISO-8859-1", BODY))
                .isInstanceOf(InputException.class)
                .hasMessage("a JSON body is UTF-8 (RFC 8259), not ISO-8859-1");
    }

    @Test
    void should_refuse_a_charset_that_is_not_known() {
        assertThatThrownBy(() -> StrictDecoder.decodeBody(new byte[] {65}, "text/plain; charset=klingon-8", BODY))
                .isInstanceOf(InputException.class)
                .hasMessage("the charset of the request body, \"klingon-8\", is not supported");
    }

    private static byte[] bytes(String start, int... rest) {
        byte[] head = start.getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[head.length + rest.length];
        System.arraycopy(head, 0, data, 0, head.length);
        for (int i = 0; i < rest.length; i++) {
            data[head.length + i] = (byte) rest[i];
        }
        return data;
    }
}
