package warta.core.batch.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import warta.core.article.ArticleIds;
import warta.core.error.InputException;
import warta.core.read.ArticleInput;

/**
 * Gives every article of a new job its id: the caller's, made safe as a file name, or else its
 * position from 1 (with a suffix when the caller took that already). Two of the caller's ids that
 * come out the same are refused, naming both.
 */
public final class JobIds {

    private JobIds() {}

    /** The articles with their ids: the caller's, made safe, else their position from 1. @throws InputException when two ids clash */
    public static List<ArticleInput> assign(List<ArticleInput> articles) {
        Set<String> taken = new HashSet<>();
        List<String> given = new ArrayList<>();
        for (ArticleInput article : articles) {
            String safe = article.id() == null ? null : ArticleIds.safe(article.id());
            if (safe != null && !taken.add(safe)) {
                throw new InputException("two articles have the id \"" + safe + "\" (ids are compared lower-case, "
                        + "with characters other than letters, digits, '.', '_' and '-' made '-')");
            }
            given.add(safe);
        }
        List<ArticleInput> named = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            String id = given.get(i) != null ? given.get(i) : free(String.valueOf(i + 1), taken);
            named.add(articles.get(i).withId(id));
        }
        return named;
    }

    private static String free(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
