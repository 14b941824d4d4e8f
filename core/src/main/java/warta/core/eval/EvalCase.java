package warta.core.eval;

import java.util.Objects;
import warta.core.article.Article;

/**
 * One item of a reference set: an Indonesian text and what a person made of it. Immutable.
 *
 * @param id the item's id (the JSON Lines {@code "id"}, else its line number)
 * @param article the Indonesian text, as an article
 * @param translation the reference English translation, or null when the set has none for it
 * @param summary the reference English summary, or null when the set has none for it
 */
public record EvalCase(String id, Article article, String translation, String summary) {

    public EvalCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        if (translation == null && summary == null) {
            throw new IllegalArgumentException("an evaluation item needs a reference translation or summary: " + id);
        }
    }
}
