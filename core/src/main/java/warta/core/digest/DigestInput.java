package warta.core.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles a digest is made of, read and cleaned (no model involved), with the work a batch
 * output folder had already done for them, and one line for each input that could not be read.
 * Made by {@code Warta.digestInput}. Immutable.
 */
public final class DigestInput {

    private final List<DigestArticle> articles;
    private final List<String> problems;

    DigestInput(List<DigestArticle> articles, List<String> problems) {
        List<DigestArticle> unique = new ArrayList<>();
        List<String> lines = new ArrayList<>(problems);
        Set<String> ids = new HashSet<>();
        for (DigestArticle article : articles) {
            if (ids.add(article.id())) {
                unique.add(article);
            } else {
                lines.add(article.article().source().label() + ": left out: an earlier article has the id "
                        + article.id());
            }
        }
        this.articles = List.copyOf(unique);
        this.problems = List.copyOf(lines);
    }

    /** How many articles were read. */
    public int size() {
        return articles.size();
    }

    /** The inputs that could not be read or used, one line each, naming the input. */
    public List<String> problems() {
        return problems;
    }

    /** How many of the articles a batch output folder had translated and summarized already. */
    public int reused() {
        return (int) articles.stream().filter(DigestArticle::reused).count();
    }

    /** The ids of the articles, in input order. */
    public List<String> ids() {
        return articles.stream().map(DigestArticle::id).toList();
    }

    /**
     * This input with only the articles whose ids are in {@code ids} (say, a batch round's new
     * articles, for a daily digest), in the same order; the problems are kept.
     */
    public DigestInput only(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return new DigestInput(
                articles.stream().filter(a -> wanted.contains(a.id())).toList(), problems);
    }

    List<DigestArticle> articles() {
        return articles;
    }
}
