package warta.core.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import warta.core.story.EventDate;
import warta.core.story.Story;
import warta.core.story.StoryRules;
import warta.core.story.StoryTraits;

/**
 * A digest's stories in date order: each story's days are those its dates agree on
 * ({@link Story#dates}, within the grouping's {@code dateDays}); a story whose dates say nothing
 * falls back to its members' days and months placed in a year by the weekday written beside them
 * ({@link WeekdayYears}, up to the latest year any article of the digest gives), then to their
 * published dates; a story with none of these comes last. Ties keep the order of the stories'
 * first members. Stateless.
 */
final class Timeline {

    /** A story and its first and last day (null when undated). */
    record Dated(Story story, LocalDate first, LocalDate last) {}

    private Timeline() {}

    /**
     * @param text each article's text by its id, where weekdays are looked for
     */
    static List<Dated> order(List<Story> stories, StoryRules rules, Function<String, String> text) {
        int latest = stories.stream()
                .flatMap(s -> s.members().stream())
                .flatMap(m -> m.dates().stream())
                .filter(EventDate::yearKnown)
                .mapToInt(d -> d.date().getYear())
                .max()
                .orElse(LocalDate.now().getYear());
        List<Dated> dated = new ArrayList<>();
        for (Story story : stories) {
            List<LocalDate> days = story.dates(rules.dateDays());
            if (days.isEmpty()) {
                TreeSet<LocalDate> placed = new TreeSet<>();
                for (StoryTraits member : story.members()) {
                    for (EventDate date : member.dates()) {
                        LocalDate day = WeekdayYears.place(date, text.apply(member.id()), latest);
                        if (day != null) {
                            placed.add(day);
                        }
                    }
                }
                days = List.copyOf(placed);
            }
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
