package warta.core.story;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Story grouping's entry point: which articles report the same event, deterministically and
 * without a model, each link explained ({@link Link}, {@link Reason}). See {@code docs/stories.md}.
 * Stateless and thread-safe.
 */
public final class Stories {

    private Stories() {}

    /**
     * The stories of these articles, by {@code rules}: every article in exactly one story, the
     * stories in the order of their first members.
     *
     * @throws IllegalArgumentException when two articles share an id
     */
    public static List<Story> group(List<StoryTraits> articles, StoryRules rules) {
        Objects.requireNonNull(rules, "rules");
        Set<String> ids = new HashSet<>();
        for (StoryTraits traits : articles) {
            if (!ids.add(traits.id())) {
                throw new IllegalArgumentException("two articles have the id " + traits.id());
            }
        }
        return new StoryGrouper(rules).group(articles);
    }
}
