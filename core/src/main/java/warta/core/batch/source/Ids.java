package warta.core.batch.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import warta.core.article.ArticleIds;
import warta.core.article.Source;

/**
 * Id pieces with the same rules as {@link ArticleIds}: lower case, only letters, digits, '.', '_'
 * and '-', no leading '-' or '.', at most {@value #MAX_LENGTH} characters; the sanitising itself is
 * {@link ArticleIds#safe}.
 */
final class Ids {

    static final int MAX_LENGTH = ArticleIds.MAX_LENGTH;

    private Ids() {}

    /** A file's id: its name without the extension, as {@link ArticleIds} makes it. */
    static String ofFile(String path) {
        return ArticleIds.of(Source.file(path));
    }

    /** Any text made safe as an id, as {@link ArticleIds#safe} makes it. */
    static String safe(String text) {
        return ArticleIds.safe(text);
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
