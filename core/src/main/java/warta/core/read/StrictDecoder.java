package warta.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HexFormat;
import java.util.Locale;
import warta.core.error.InputException;

/**
 * Decodes bytes whose charset is known, with no guessing and no replacement characters: the first
 * bytes that are not valid in it are refused with their byte offset, so that the sender can find
 * them. For text that comes with a declared charset (the server's request bodies); files are read
 * forgivingly by {@link ArticleReader} on purpose, and Warta's own files by {@link Utf8}.
 * Stateless.
 */
public final class StrictDecoder {

    /** The most bad bytes shown in a message. */
    private static final int SHOWN = 4;

    private StrictDecoder() {}

    /**
     * The text of {@code data} in {@code charset}, unchanged (a byte-order mark is kept).
     *
     * @param what names the bytes in a refusal, e.g. "the request body"
     * @throws InputException naming the charset, the byte offset and the bytes where {@code data}
     *     stops being valid, e.g. {@code the request body is not valid UTF-8 at byte offset 19 (0xFF)}
     */
    public static String decode(byte[] data, Charset charset, String what) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        // room for every character the bytes can make, so the decoder never runs out of room
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(data.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InputException(what + " is not valid " + charset.name() + " at byte offset " + in.position()
                    + " (" + shown(data, in.position(), result.length()) + ")");
        }
        return out.flip().toString();
    }

    /**
     * The text of a body of type {@code contentType} (a MIME type with parameters, or null): JSON is
     * always UTF-8 (RFC 8259), anything else is in its declared charset, UTF-8 when it declares none.
     *
     * @throws InputException as {@link #decode(byte[], Charset, String)}, and for JSON declared in
     *     another charset or a charset Java does not know
     */
    public static String decodeBody(byte[] data, String contentType, String what) {
        String essence =
                (contentType == null ? "" : contentType.split(";")[0]).strip().toLowerCase(Locale.ROOT);
        String name = TextDecoder.charsetParameter(contentType);
        if (essence.endsWith("/json") || essence.endsWith("+json")) {
            if (name != null && !name.equalsIgnoreCase("utf-8")) {
                throw new InputException("a JSON body is UTF-8 (RFC 8259), not " + name);
            }
            name = null;
        }
        try {
            return decode(data, name == null ? StandardCharsets.UTF_8 : Charset.forName(name), what);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException("the charset of " + what + ", \"" + name + "\", is not supported");
        }
    }

    private static String shown(byte[] data, int offset, int length) {
        StringBuilder bytes = new StringBuilder();
        for (int i = offset; i < offset + Math.min(length, SHOWN); i++) {
            bytes.append(bytes.isEmpty() ? "0x" : " 0x")
                    .append(HexFormat.of().withUpperCase().toHexDigits(data[i]));
        }
        return bytes.toString();
    }
}
