package warta.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A day an article dates something on: the day it was published, a full date in its dateline or
 * text ("17 Januari 2024"), a day and month ("Sabtu (14/9)"), or a relative day ("Selasa",
 * "kemarin") resolved against the published date. A day and month with no year to place it in
 * keeps its year unknown; it is then compared by day and month alone. Immutable.
 *
 * @param date the day; when {@code yearKnown} is false its year means nothing
 * @param yearKnown whether the year is known
 * @param kind where it came from: {@code published}, {@code text} (a full date, the dateline's
 *     among them), {@code day-month} or {@code relative}
 * @param text the words it was read from ("Selasa", "(14/9)", "17 Januari 2024")
 */
public record EventDate(LocalDate date, boolean yearKnown, String kind, String text) {

    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Days between the two dates; when either year is unknown, the days between their days and
     * months, the shorter way round the year (31 December and 1 January are one day apart).
     */
    public long daysTo(EventDate other) {
        if (yearKnown && other.yearKnown) {
            return Math.abs(ChronoUnit.DAYS.between(date, other.date));
        }
        long a = dayOfYear(date);
        long b = dayOfYear(other.date);
        long apart = Math.abs(a - b);
        return Math.min(apart, 366 - apart);
    }

    /** The day of the year in a leap year, so that every day and month has one. */
    private static int dayOfYear(LocalDate date) {
        return LocalDate.of(2000, date.getMonth(), date.getDayOfMonth()).getDayOfYear();
    }

    /** The date as shown: ISO, or {@code --MM-DD} when the year is unknown. */
    public String show() {
        return yearKnown ? date.toString() : String.format("--%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
    }
}
