package warta.core.digest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import warta.core.article.CleanArticle;
import warta.core.sentence.SentenceSplitter;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;

/**
 * What of a batch result still fits its article as read again: the source may have changed since
 * the batch (a file edited, a web page updated). The result keeps no copy of the source, so the
 * test is what the result pins down: the title it recorded, one English paragraph per cleaned
 * paragraph, and summary citations that are sentences of the article. A translation that does not
 * fit is dropped with its summary (made from it); a summary whose citations do not fit is dropped
 * alone. What is dropped is done again by the digest the ordinary way (the response cache answers
 * what it still holds). Stateless.
 */
final class Reuse {

    private Reuse() {}

    /** The article with what of {@code done} still fits it; nothing reused when {@code done} is null. */
    static DigestArticle of(String id, CleanArticle article, BatchOutput.Done done) {
        if (done == null || !sameTitle(done.title(), article.metadata().title())) {
            return new DigestArticle(id, article, null, null);
        }
        Translation translation = done.translation();
        if (translation != null
                && translation.paragraphs().size() != article.paragraphs().size()) {
            return new DigestArticle(id, article, null, null);
        }
        Summary summary = done.summary();
        if (summary != null && !cited(summary, sentences(article))) {
            summary = null;
        }
        return new DigestArticle(id, article, translation, summary, done.checks());
    }

    private static boolean sameTitle(String recorded, String now) {
        return recorded == null || Objects.equals(recorded.strip(), now == null ? null : now.strip());
    }

    private static int sentences(CleanArticle article) {
        return SentenceSplitter.indonesian().splitEach(article.paragraphs()).stream()
                .mapToInt(List::size)
                .sum();
    }

    /** Whether every citation of the summary is a sentence of an article with {@code count} sentences. */
    private static boolean cited(Summary summary, int count) {
        return Stream.concat(summary.sentences().stream(), summary.keyPoints().stream())
                .map(Statement::sources)
                .flatMap(List::stream)
                .allMatch(n -> n >= 1 && n <= count);
    }
}
