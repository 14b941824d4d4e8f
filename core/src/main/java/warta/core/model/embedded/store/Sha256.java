package warta.core.model.embedded.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** SHA-256 digests and the hex form in which catalogues and HTTP headers carry them. */
final class Sha256 {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private Sha256() {}

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    static boolean isHex(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /**
     * The SHA-256 in an entity tag, if it is one: {@code "6a1a...407e"} (quoted, perhaps weak
     * {@code W/"..."}) or bare. Anything but 64 hex digits (a git blob id, an MD5) is not.
     */
    static Optional<String> fromEtag(String etag) {
        if (etag == null) {
            return Optional.empty();
        }
        String value = etag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return isHex(value) ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
