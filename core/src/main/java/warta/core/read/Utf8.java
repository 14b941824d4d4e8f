package warta.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for Warta's own configuration files (prompt templates, glossaries): bytes that are
 * not UTF-8 are an error rather than a guess, a byte-order mark is dropped, and CRLF or CR become
 * LF. Articles are decoded more forgivingly by {@link ArticleReader}. Stateless.
 */
public final class Utf8 {

    private Utf8() {}

    /** The text of {@code data}; throws when it is not valid UTF-8. */
    public static String strict(byte[] data) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data))
                .toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
