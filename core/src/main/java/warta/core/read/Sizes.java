package warta.core.read;

import java.util.Locale;

/** Human-readable byte counts for messages: "512 bytes", "12.5 KB", "3.1 MB" (binary units). */
final class Sizes {

    private static final double KB = 1024;
    private static final double MB = 1024 * 1024;

    private Sizes() {}

    static String format(long bytes) {
        if (bytes < KB) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < MB) {
            return oneDecimal(bytes / KB) + " KB";
        }
        return oneDecimal(bytes / MB) + " MB";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
