package warta.core.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import warta.core.story.Story;
import warta.core.story.StoryRules;
import warta.core.story.StoryTraits;

/**
 * A digest's stories in date order: each story's days are those its dates agree on
 * ({@link Story#dates}, within the grouping's {@code dateDays}); a story whose dates say nothing
 * falls back to its members' published dates; a story with neither comes last. Ties keep the
 * order of the stories' first members. Stateless.
 */
final class Timeline {

    /** A story and its first and last day (null when undated). */
    record Dated(Story story, LocalDate first, LocalDate last) {}

    private Timeline() {}

    static List<Dated> order(List<Story> stories, StoryRules rules) {
        List<Dated> dated = new ArrayList<>();
        for (Story story : stories) {
            List<LocalDate> days = story.dates(rules.dateDays());
            if (days.isEmpty()) {
                days = story.members().stream()
                        .map(StoryTraits::published)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList();
            }
            dated.add(
                    new Dated(story, days.isEmpty() ? null : days.getFirst(), days.isEmpty() ? null : days.getLast()));
        }
        dated.sort(Comparator.comparing(Dated::first, Comparator.nullsLast(Comparator.naturalOrder())));
        return dated;
    }
}
