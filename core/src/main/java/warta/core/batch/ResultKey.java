package warta.core.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import warta.core.article.Article;
import warta.core.model.ModelConfig;
import warta.core.process.Task;

/**
 * What identifies a result apart from its article id: a hash of the article's content and of
 * everything that shapes its result (provider, model, prompt version, tasks). Two results with the
 * same id and key were made from the same input the same way; the ledger of a batch skips such an
 * article, and a Kafka worker puts the key on every result it produces.
 */
public final class ResultKey {

    private ResultKey() {}

    /** 32 hex digits (the first 128 bits of a SHA-256). */
    public static String of(Article article, ModelConfig config, String promptVersion, Set<Task> tasks) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(
                    article.content(),
                    config.provider().id(),
                    config.model(),
                    promptVersion,
                    tasks.stream().map(Enum::name).sorted().toList().toString())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
