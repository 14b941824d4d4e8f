package warta.core.inspect;

import java.util.List;
import java.util.Objects;
import warta.core.article.CleanArticle;
import warta.core.chunk.Chunk;

/**
 * What Warta would send to a model for one article: the cleaned article, every sentence of it in
 * order, and its chunks within the token budget. Immutable.
 *
 * @param article the cleaned article
 * @param sentences every sentence of the body, paragraph by paragraph
 * @param chunks the body cut to the budget
 * @param tokens the token count of the whole body text
 * @param chunkTokens the budget the chunks were cut to
 */
public record Inspection(
        CleanArticle article, List<String> sentences, List<Chunk> chunks, int tokens, int chunkTokens) {

    public Inspection {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        chunks = List.copyOf(chunks);
    }
}
