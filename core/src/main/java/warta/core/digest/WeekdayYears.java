package warta.core.digest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.story.EventDate;

/**
 * Places a day and month without a year ("Sabtu (14/9)") in a year, for a digest's timeline, when
 * the text writes its weekday beside it: the latest year, up to {@code latest}, in which that day
 * falls on that weekday and which is not more than {@value #AHEAD_DAYS} days after the article's
 * own published date (when known; an article may announce what comes in the next weeks), looking
 * back {@value #YEARS} years in all (every weekday falls on a given day within that). "Sabtu
 * (14/9)" with 2024 as the latest year is 14 September 2024. A day and month with no weekday
 * beside it, or none that fits, stays without a year. Stateless.
 */
final class WeekdayYears {

    /** How many years are looked at, the latest included: enough for all seven weekdays. */
    static final int YEARS = 11;
    /** How far after its published date an article may date what it announces. */
    static final int AHEAD_DAYS = 31;

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "senin", DayOfWeek.MONDAY,
            "selasa", DayOfWeek.TUESDAY,
            "rabu", DayOfWeek.WEDNESDAY,
            "kamis", DayOfWeek.THURSDAY,
            "jumat", DayOfWeek.FRIDAY,
            "jum'at", DayOfWeek.FRIDAY,
            "sabtu", DayOfWeek.SATURDAY,
            "minggu", DayOfWeek.SUNDAY);

    private WeekdayYears() {}

    /**
     * The day in a year, or null when {@code date} has its year, or no weekday stands beside it in
     * {@code text}, or none of the years fits.
     *
     * @param latest the latest year it may be in: the article's published year, else the newest year
     *     the digest's articles give
     * @param published the article's published date, or null
     */
    static LocalDate place(EventDate date, String text, int latest, LocalDate published) {
        if (date.yearKnown() || !"day-month".equals(date.kind())) {
            return null;
        }
        Pattern beside =
                Pattern.compile("(?i)(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\\s*" + Pattern.quote(date.text()));
        Matcher m = beside.matcher(text);
        if (!m.find()) {
            return null;
        }
        DayOfWeek weekday = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
        LocalDate bound = published == null ? null : published.plusDays(AHEAD_DAYS);
        for (int year = latest; year > latest - YEARS; year--) {
            try {
                LocalDate day =
                        LocalDate.of(year, date.date().getMonth(), date.date().getDayOfMonth());
                if (day.getDayOfWeek() == weekday && (bound == null || !day.isAfter(bound))) {
                    return day;
                }
            } catch (DateTimeException e) {
                // 29 February in a year without one
            }
        }
        return null;
    }
}
