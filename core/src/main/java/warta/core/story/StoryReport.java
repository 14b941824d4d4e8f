package warta.core.story;

import java.util.List;
import java.util.Objects;

/**
 * The stories of a set of articles, and the inputs that could not be read. Immutable.
 *
 * @param stories every article in exactly one story, stories in the order of their first members
 * @param rules the rules they were grouped by
 * @param failures one message per input that could not be read or used
 */
public record StoryReport(List<Story> stories, StoryRules rules, List<String> failures) {

    public StoryReport {
        stories = List.copyOf(stories);
        Objects.requireNonNull(rules, "rules");
        failures = List.copyOf(failures);
    }
}
