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
 * falls on that weekday, looking back at most {@value #YEARS_BACK} years (the weekdays of a day
 * repeat within that). "Sabtu (14/9)" with 2024 as the latest year is 14 September 2024. A day
 * and month with no weekday beside it stays without a year. Stateless.
 */
final class WeekdayYears {

    static final int YEARS_BACK = 6;

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

    /** The day in a year, or null when {@code date} has its year, or no weekday stands beside it in {@code text}. */
    static LocalDate place(EventDate date, String text, int latest) {
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
        for (int year = latest; year > latest - YEARS_BACK; year--) {
            try {
                LocalDate day =
                        LocalDate.of(year, date.date().getMonth(), date.date().getDayOfMonth());
                if (day.getDayOfWeek() == weekday) {
                    return day;
                }
            } catch (DateTimeException e) {
                // 29 February in a year without one
            }
        }
        return null;
    }
}
