package warta.server.api;

import java.util.Objects;
import warta.core.article.CleanArticle;
import warta.core.glossary.Glossary;

/**
 * One article accepted for model work: read, cleaned and within the limits.
 *
 * @param id the result's id
 * @param article the cleaned article
 * @param glossary the request's own glossary entries, or null
 */
public record Job(String id, CleanArticle article, Glossary glossary) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
    }
}
