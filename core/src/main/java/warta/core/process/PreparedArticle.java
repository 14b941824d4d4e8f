package warta.core.process;

import java.util.Objects;
import warta.core.article.CleanArticle;

/**
 * An article accepted for model work: read, cleaned and within the limits, under the id its
 * result will carry.
 *
 * @param id the result's id
 * @param article the cleaned article
 */
public record PreparedArticle(String id, CleanArticle article) {

    public PreparedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
    }
}
