package warta.core.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full dates in Indonesian text: "17 Januari 2024", "Rabu, 17 Jan 2024", "17/1/2024",
 * "2024-01-17" and ISO timestamps. Month names may be Indonesian or English, full or short
 * ("Agt", "Agu", "Ags", "Okt", "Des"). A date without a year, such as "Sabtu (14/9)", is not a
 * full date and is never completed by guessing. Stateless and thread-safe.
 */
public final class IndonesianDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1),
            Map.entry("jan", 1),
            Map.entry("january", 1),
            Map.entry("februari", 2),
            Map.entry("feb", 2),
            Map.entry("pebruari", 2),
            Map.entry("february", 2),
            Map.entry("maret", 3),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("mei", 5),
            Map.entry("may", 5),
            Map.entry("juni", 6),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("juli", 7),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("agustus", 8),
            Map.entry("agt", 8),
            Map.entry("agu", 8),
            Map.entry("ags", 8),
            Map.entry("agus", 8),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oktober", 10),
            Map.entry("okt", 10),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("nop", 11),
            Map.entry("nopember", 11),
            Map.entry("desember", 12),
            Map.entry("des", 12),
            Map.entry("dec", 12),
            Map.entry("december", 12));

    private static final Pattern WORD_DATE = Pattern.compile(
            "\\b(\\d{1,2})\\s+(\\p{L}{3,9})\\.?\\s+((?:19|20)\\d{2})\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

    /**
     * A date alone. The spaces and separator between weekday, date and time are taken whole
     * (possessive): what follows each starts with a letter or digit, so nothing is lost, and a
     * long run of spaces is not split between two quantifiers in every way.
     */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\\s*+,?+\\s*+)?"
                    + "(?:\\d{1,2}\\s+\\p{L}{3,9}\\.?\\s+(?:19|20)\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d{2})"
                    + "(?:\\s*+[,|\\-–]?+\\s*+(?:pukul\\s*+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:wib|wita|wit|gmt[+\\d:]*)?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private IndonesianDates() {}

    /**
     * Whether {@code text} is a date and nothing else, with an optional weekday and time:
     * "17 Januari 2024 13:54", "Rabu, 17/1/2024 pukul 09.00 WIB".
     */
    public static boolean isDateOnly(String text) {
        return DATE_ONLY.matcher(text.strip()).matches() && find(text).isPresent();
    }

    /** The first full date in the text, if any. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> iso = parseIsoTimestamp(text.strip());
        if (iso.isPresent()) {
            return iso;
        }
        Matcher m = WORD_DATE.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            Optional<LocalDate> date = month == null ? Optional.empty() : date(m.group(3), month, m.group(1));
            if (date.isPresent()) {
                return date;
            }
        }
        m = NUMERIC_DATE.matcher(text);
        if (m.find()) {
            return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = ISO_DATE.matcher(text);
        return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : Optional.empty();
    }

    /**
     * Every full date in the text, in the order they stand, with where each stands: the dates
     * {@link #find} would see one after another (words, then digits, then ISO forms are searched
     * separately, so a date written twice counts twice). An ISO timestamp alone is one date.
     */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Optional<LocalDate> iso = parseIsoTimestamp(text.strip());
        if (iso.isPresent()) {
            found.add(new Found(iso.get(), 0, text.length()));
            return found;
        }
        Matcher m = WORD_DATE.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                date(m.group(3), month, m.group(1)).ifPresent(d -> found.add(new Found(d, m.start(), m.end())));
            }
        }
        addAll(NUMERIC_DATE.matcher(text), 3, 2, 1, found);
        addAll(ISO_DATE.matcher(text), 1, 2, 3, found);
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static void addAll(Matcher m, int year, int month, int day, List<Found> found) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            date(m.group(year), Integer.parseInt(m.group(month)), m.group(day))
                    .ifPresent(d -> found.add(new Found(d, start, end)));
        }
    }

    /**
     * A date found in a text.
     *
     * @param date the date
     * @param start where its text starts
     * @param end where its text ends
     */
    public record Found(LocalDate date, int start, int end) {}

    private static Optional<LocalDate> parseIsoTimestamp(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
