package warta.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable ids for articles, safe as file names: a file's name without its extension, a URL's host
 * and a hash of the whole URL, or "stdin" / "article". Only letters, digits, '.', '_' and '-'
 * remain, at most 80 characters.
 */
public final class ArticleIds {

    /** The longest id. */
    public static final int MAX_LENGTH = 80;

    private ArticleIds() {}

    public static String of(Source source) {
        if ("-".equals(source.path())) {
            return "stdin";
        }
        if (source.path() != null) {
            String name = source.path().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return safe(dot > 0 ? name.substring(0, dot) : name);
        }
        if (source.url() != null) {
            String host = source.url().replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "");
            return safe(host + "-" + hash(source.url()));
        }
        return "article";
    }

    /** Any text made safe as an id by the rules above; "article" when nothing usable is left. */
    public static String safe(String name) {
        String safe =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|(?<!-)-+$", "");
        if (safe.isEmpty()) {
            return "article";
        }
        return safe.length() <= MAX_LENGTH ? safe : safe.substring(0, MAX_LENGTH);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
