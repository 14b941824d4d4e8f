package warta.core.digest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;
import warta.core.story.EventDate;
import warta.core.story.Story;
import warta.core.story.StoryRules;
import warta.core.story.StoryTraits;

/**
 * A digest's stories in date order: each story's days are those its dates agree on
 * ({@link Story#dates}, within the grouping's {@code dateDays}), of which those within
 * {@value #NEAR_DAYS} days of a member's published date are preferred (an article dates its event
 * near when it is published; a date further off, "a similar quake on 13 September 2023", is
 * background); a story whose dates say nothing falls back to its members' days and months placed
 * in a year by the weekday written beside them ({@link WeekdayYears}, up to each member's own
 * published year, else the latest year any article of the digest gives; never the clock's), then
 * to their published dates; a story with none of these comes last. Ties keep the order of the
 * stories' first members. Stateless.
 */
final class Timeline {

    /** A story and its first and last day (null when undated). */
    record Dated(Story story, LocalDate first, LocalDate last) {}

    /** How near a member's published date a date is taken for the event's. */
    static final int NEAR_DAYS = 31;

    private Timeline() {}

    /**
     * @param text each article's text by its id, where weekdays are looked for
     */
    static List<Dated> order(List<Story> stories, StoryRules rules, Function<String, String> text) {
        OptionalInt newest = stories.stream()
                .flatMap(s -> s.members().stream())
                .flatMap(m -> m.dates().stream())
                .filter(EventDate::yearKnown)
                .mapToInt(d -> d.date().getYear())
                .max();
        List<Dated> dated = new ArrayList<>();
        for (Story story : stories) {
            List<LocalDate> days = near(story.dates(rules.dateDays()), story);
            if (days.isEmpty()) {
                TreeSet<LocalDate> placed = new TreeSet<>();
                for (StoryTraits member : story.members()) {
                    OptionalInt latest = member.published() != null
                            ? OptionalInt.of(member.published().getYear())
                            : newest;
                    if (latest.isEmpty()) {
                        continue;
                    }
                    for (EventDate date : member.dates()) {
                        LocalDate day = WeekdayYears.place(
                                date, text.apply(member.id()), latest.getAsInt(), member.published());
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

    /** The days within {@link #NEAR_DAYS} of a member's published date, or all when none is. */
    private static List<LocalDate> near(List<LocalDate> days, Story story) {
        List<LocalDate> published = story.members().stream()
                .map(StoryTraits::published)
                .filter(Objects::nonNull)
                .toList();
        List<LocalDate> near = days.stream()
                .filter(d -> published.stream().anyMatch(p -> Math.abs(ChronoUnit.DAYS.between(p, d)) <= NEAR_DAYS))
                .toList();
        return near.isEmpty() ? days : near;
    }
}
