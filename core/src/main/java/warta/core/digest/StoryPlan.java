package warta.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * A story a digest would write, for a dry run.
 *
 * @param id the story id
 * @param articleIds its articles' ids
 * @param firstDate the first day it happened on (ISO), or null
 * @param lastDate the last day (ISO), or null
 */
public record StoryPlan(String id, List<String> articleIds, String firstDate, String lastDate) {

    public StoryPlan {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
    }
}
