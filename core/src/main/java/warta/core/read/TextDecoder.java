package warta.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: a byte-order mark wins, then a declared charset that decodes cleanly,
 * then strict UTF-8, then Windows-1252 (which never fails, and is what Windows editors write).
 * One exception to the declared charset: a page that declares a Western single-byte charset
 * (ISO-8859-1, Windows-1252, ISO-8859-15, ASCII) but whose bytes are valid UTF-8 with at least one
 * multi-byte sequence is read as UTF-8, since such sequences ("Â©" read the Latin way) almost
 * never occur in real single-byte text while mislabelled UTF-8 pages are common. The result has
 * LF line ends only and is NFC-normalised.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_SCAN = 4096;
    /**
     * {@code charset=NAME}, spaces and a quote allowed around the name. They are taken whole
     * (possessive), as the name cannot start with either: a header full of spaces is read once.
     */
    private static final String CHARSET = "charset\\s*=\\s*+[\"']?+\\s*+([A-Za-z0-9_:.\\-]+)";

    private static final Pattern CHARSET_PARAM = Pattern.compile(CHARSET, Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]*?" + CHARSET, Pattern.CASE_INSENSITIVE);

    private record Bom(Charset charset, int length) {}

    private TextDecoder() {}

    /** Decodes {@code data}; {@code contentType} (a MIME type with parameters) may be null. */
    static String decode(byte[] data, String contentType) {
        Bom bom = bom(data);
        String text = bom != null
                ? new String(data, bom.length(), data.length - bom.length(), bom.charset())
                : decodeWithoutBom(data, contentType);
        return normalize(text);
    }

    /** True when {@code data} starts with a UTF-16 byte-order mark, so NUL bytes are expected. */
    static boolean hasUtf16Bom(byte[] data) {
        Bom bom = bom(data);
        return bom != null && bom.charset() != StandardCharsets.UTF_8;
    }

    /** CRLF and lone CR become LF; the text is put in Unicode normal form C. */
    static String normalize(String text) {
        String lf = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lf, Normalizer.Form.NFC) ? lf : Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    private static String decodeWithoutBom(byte[] data, String contentType) {
        Optional<Charset> charset = declaredCharset(data, contentType);
        if (charset.isPresent() && isWesternSingleByte(charset.get()) && hasNonAscii(data)) {
            Optional<String> utf8 = strict(data, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                return utf8.get();
            }
        }
        Optional<String> declared = charset.flatMap(c -> strict(data, c));
        return declared.or(() -> strict(data, StandardCharsets.UTF_8)).orElseGet(() -> new String(data, WINDOWS_1252));
    }

    private static boolean isWesternSingleByte(Charset charset) {
        return charset.equals(WINDOWS_1252)
                || charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(StandardCharsets.US_ASCII)
                || charset.name().equalsIgnoreCase("ISO-8859-15");
    }

    private static boolean hasNonAscii(byte[] data) {
        for (byte b : data) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The {@code charset} parameter of a MIME type such as {@code text/plain; charset="utf-8"}, or null. */
    static String charsetParameter(String contentType) {
        return find(CHARSET_PARAM, contentType);
    }

    private static Optional<Charset> declaredCharset(byte[] data, String contentType) {
        Optional<Charset> fromHeader = charsetNamed(charsetParameter(contentType));
        if (fromHeader.isPresent()) {
            return fromHeader;
        }
        String head = new String(data, 0, Math.min(data.length, META_SCAN), StandardCharsets.ISO_8859_1);
        boolean html = FormatDetector.saysHtml(contentType) || FormatDetector.looksLikeHtml(head);
        return html ? charsetNamed(find(META_CHARSET, head)) : Optional.empty();
    }

    private static String find(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A supported charset by name; Latin-1 and ASCII labels mean Windows-1252, as browsers do. */
    private static Optional<Charset> charsetNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] data, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Bom bom(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }
}
