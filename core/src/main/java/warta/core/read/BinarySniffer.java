package warta.core.read;

import java.util.Optional;

/**
 * Tells binary content from text by magic numbers, NUL bytes and the share of control
 * characters. Only the first {@link #SAMPLE} bytes or chars are examined.
 */
final class BinarySniffer {

    static final int SAMPLE = 8192;
    private static final double MAX_CONTROL_RATIO = 0.10;

    private record Magic(String kind, byte[] prefix) {}

    private static final Magic[] MAGICS = {
        new Magic("PDF", bytes(0x25, 0x50, 0x44, 0x46, 0x2D)),
        new Magic("ZIP", bytes(0x50, 0x4B, 0x03, 0x04)),
        new Magic("PNG", bytes(0x89, 0x50, 0x4E, 0x47)),
        new Magic("JPEG", bytes(0xFF, 0xD8, 0xFF)),
        new Magic("GIF", bytes(0x47, 0x49, 0x46, 0x38)),
        new Magic("GZIP", bytes(0x1F, 0x8B)),
    };

    private BinarySniffer() {}

    /** The kind of binary ("PDF", "PNG", or "" when unknown), or empty for text-like bytes. */
    static Optional<String> sniff(byte[] data) {
        for (Magic magic : MAGICS) {
            if (startsWith(data, magic.prefix())) {
                return Optional.of(magic.kind());
            }
        }
        int end = Math.min(data.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < end; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return Optional.of("");
            }
            control += isControl(b) ? 1 : 0;
        }
        return tooManyControls(control, end) ? Optional.of("") : Optional.empty();
    }

    /** The same test for text that is already decoded. */
    static boolean looksBinary(CharSequence text) {
        int end = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            control += isControl(c) ? 1 : 0;
        }
        return tooManyControls(control, end);
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static boolean tooManyControls(int control, int total) {
        return total > 0 && control > total * MAX_CONTROL_RATIO;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
