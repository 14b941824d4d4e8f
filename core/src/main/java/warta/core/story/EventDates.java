package warta.core.story;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.article.CleanArticle;
import warta.core.meta.IndonesianDates;
import warta.core.meta.Metadata;

/**
 * The days an article dates things on ({@link EventDate}), read without a model: its published
 * date; every full date in its text (its dateline's among them); days and months in brackets, as
 * Indonesian news writes them ("Sabtu (14/9)"), placed in the year of the published date (the year
 * before when that would put them after it); and weekdays ("pada Selasa") and the relative days
 * "kemarin", "hari ini", "besok" and "lusa", counted from the published date, a weekday as the
 * latest such day on or before it (a weekday only when capitalised: "minggu" is also a week). Without a published date, days and months keep an unknown
 * year and relative days are left out. Stateless and thread-safe.
 */
final class EventDates {

    private static final Pattern DAY_MONTH = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})\\)");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|kemarin|hari ini|besok|lusa)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "senin", DayOfWeek.MONDAY,
            "selasa", DayOfWeek.TUESDAY,
            "rabu", DayOfWeek.WEDNESDAY,
            "kamis", DayOfWeek.THURSDAY,
            "jumat", DayOfWeek.FRIDAY,
            "jum'at", DayOfWeek.FRIDAY,
            "sabtu", DayOfWeek.SATURDAY,
            "minggu", DayOfWeek.SUNDAY,
            "ahad", DayOfWeek.SUNDAY);
    private static final Map<String, Integer> RELATIVE_DAYS =
            Map.of("kemarin", -1, "hari ini", 0, "besok", 1, "lusa", 2);
    /** A weekday this close before a date or a day and month names that day, not a day of its own. */
    private static final int NAMED_AHEAD = 4;

    private EventDates() {}

    /** The distinct days the article dates things on, the published date first, then in text order. */
    static List<EventDate> of(CleanArticle article) {
        Metadata meta = article.metadata();
        LocalDate published = meta.published();
        Map<String, EventDate> dates = new LinkedHashMap<>();
        if (published != null) {
            add(dates, new EventDate(published, true, "published", published.toString()));
        }
        for (String paragraph : article.paragraphs()) {
            List<IndonesianDates.Found> full = IndonesianDates.findAll(paragraph);
            for (IndonesianDates.Found f : full) {
                add(dates, new EventDate(f.date(), true, "text", paragraph.substring(f.start(), f.end())));
            }
            List<Integer> named = new ArrayList<>(
                    full.stream().map(IndonesianDates.Found::start).toList());
            dayMonths(paragraph, published, dates, named);
            if (published != null) {
                relative(
                        paragraph,
                        published,
                        dates,
                        named.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        return List.copyOf(dates.values());
    }

    private static void dayMonths(String text, LocalDate published, Map<String, EventDate> dates, List<Integer> named) {
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            try {
                MonthDay monthDay = MonthDay.of(month, day);
                named.add(m.start());
                add(dates, placed(monthDay, published, m.group()));
            } catch (DateTimeException e) {
                // (45/13) is not a date
            }
        }
    }

    private static EventDate placed(MonthDay monthDay, LocalDate published, String text) {
        if (published == null) {
            return new EventDate(monthDay.atYear(2000), false, "day-month", text);
        }
        LocalDate date = monthDay.isValidYear(published.getYear()) ? monthDay.atYear(published.getYear()) : null;
        if (date == null || date.isAfter(published)) {
            date = monthDay.atYear(published.getYear() - 1);
        }
        return new EventDate(date, true, "day-month", text);
    }

    /** @param named where the paragraph's full dates and days and months start, in order */
    private static void relative(String text, LocalDate published, Map<String, EventDate> dates, int[] named) {
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            DayOfWeek weekday = WEEKDAYS.get(word);
            boolean weekWord =
                    weekday != null && !Character.isUpperCase(m.group(1).charAt(0));
            if (weekWord || weekday != null && namesADate(m.end(), text, named)) {
                continue;
            }
            LocalDate date = weekday == null
                    ? published.plusDays(RELATIVE_DAYS.get(word))
                    : published.minusDays((published.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7);
            add(dates, new EventDate(date, true, "relative", m.group(1)));
        }
    }

    /**
     * Whether a full date or a day and month follows the weekday closely: "Rabu, 17 Januari 2024",
     * "Sabtu (14/9)". Only the first date at or after the weekday's end can: any later one has that
     * date's first character between. A binary search, so that a paragraph of many weekdays and
     * dates takes time in proportion to its length.
     */
    private static boolean namesADate(int end, String text, int[] named) {
        int at = Arrays.binarySearch(named, end);
        int start = at >= 0 ? named[at] : -at - 1 < named.length ? named[-at - 1] : -1;
        return start >= end
                && start - end <= NAMED_AHEAD
                && text.substring(end, start).matches("[\\s,]*");
    }

    private static void add(Map<String, EventDate> dates, EventDate date) {
        dates.putIfAbsent(date.show(), date);
    }
}
