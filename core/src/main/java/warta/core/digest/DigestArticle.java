package warta.core.digest;

import java.util.Objects;
import warta.core.article.CleanArticle;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;

/**
 * One article of a digest's input: cleaned, and, when a batch output folder had it done, its
 * translation and summary, which the digest then uses instead of asking the model again.
 *
 * @param id the article's id (unique within the input)
 * @param article the cleaned article
 * @param translation the reused English (one paragraph per cleaned paragraph), or null
 * @param summary the reused summary (its sources index the article's sentences), or null
 */
record DigestArticle(String id, CleanArticle article, Translation translation, Summary summary) {

    DigestArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        if (translation != null
                && translation.paragraphs().size() != article.paragraphs().size()) {
            throw new IllegalArgumentException("one English paragraph per paragraph of " + id);
        }
    }

    /** Whether nothing needs to be asked of the model for this article. */
    boolean reused() {
        return translation != null && summary != null;
    }
}
