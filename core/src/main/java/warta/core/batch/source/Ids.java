package warta.core.batch.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import warta.core.article.ArticleIds;
import warta.core.article.Source;

/**
 * Id pieces with the same rules as {@link ArticleIds}: lower case, only letters, digits, '.', '_'
 * and '-', no leading '-' or '.', at most {@value #MAX_LENGTH} characters. {@code ArticleIds} keeps
 * its sanitising private, so the rule is repeated here for ids that are not file names.
 */
final class Ids {

    static final int MAX_LENGTH = 80;

    private Ids() {
    }

    /** A file's id: its name without the extension, as {@link ArticleIds} makes it. */
    static String ofFile(String path) {
        return ArticleIds.of(Source.file(path));
    }

    /** Any text made safe as an id; "article" when nothing usable is left. */
    static String safe(String text) {
        String safe = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[-.]+|-+$", "");
        if (safe.isEmpty()) {
            return "article";
        }
        return safe.length() <= MAX_LENGTH ? safe : safe.substring(0, MAX_LENGTH);
    }

    /** {@code base + "-" + suffix}, the base shortened so that the whole fits in the length limit. */
    static String join(String base, String suffix) {
        int room = MAX_LENGTH - suffix.length() - 1;
        String head = base.length() <= room ? base : base.substring(0, Math.max(1, room));
        return head + "-" + suffix;
    }

    /** The first 12 hex digits of the SHA-256 of the text: short, and stable across runs. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
