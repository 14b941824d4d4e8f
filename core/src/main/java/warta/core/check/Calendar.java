package warta.core.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month and weekday names in English and Indonesian, full and short, mapped to one number so
 * "Januari" supports "January" and "Senin" supports "Monday"; and the months and weekdays that
 * dates in digits name: Indonesian day/month dates ("(16/1)", "16/1/2024") and ISO dates
 * ("2024-01-16") give their month, and those with a year their weekday, so "Tuesday, January 16"
 * is supported by "Selasa (16/1/2024)" or by "16/1/2024" alone. Stateless and thread-safe.
 */
final class Calendar {

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, Integer> DAYS = days();

    /** day/month[/year], as Indonesian news writes dates in digits, or year-month-day. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(?:(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\d/])");

    private Calendar() {}

    /** The keys of every month and weekday the text names, in words or in a date in digits. */
    static Set<Integer> keysIn(String text) {
        Set<Integer> keys = new HashSet<>();
        for (Words.Token token : Words.tokens(text)) {
            int key = key(token.text());
            if (key != 0) {
                keys.add(key);
            }
        }
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            boolean iso = m.group(4) != null;
            int day = Integer.parseInt(iso ? m.group(6) : m.group(1));
            int month = Integer.parseInt(iso ? m.group(5) : m.group(2));
            String year = iso ? m.group(4) : m.group(3);
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                addDate(keys, year, month, day);
            }
        }
        return keys;
    }

    /** Adds the month, and with a year the weekday; a day the month does not have adds nothing. */
    private static void addDate(Set<Integer> keys, String year, int month, int day) {
        if (year == null) {
            keys.add(month);
            return;
        }
        int full = Integer.parseInt(year) + (year.length() == 2 ? 2000 : 0);
        try {
            keys.add(100 + LocalDate.of(full, month, day).getDayOfWeek().getValue());
            keys.add(month);
        } catch (DateTimeException e) {
            // not a date: 31/2/2023
        }
    }

    /** 1-12 for a month name, 101-107 for a weekday, 0 for anything else. */
    static int key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Integer month = MONTHS.get(lower);
        if (month != null) {
            return month;
        }
        Integer day = DAYS.get(lower);
        return day == null ? 0 : 100 + day;
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "januari", "jan"},
            {"february", "februari", "pebruari", "feb"},
            {"march", "maret", "mar"},
            {"april", "apr"},
            {"may", "mei"},
            {"june", "juni", "jun"},
            {"july", "juli", "jul"},
            {"august", "agustus", "aug", "agu", "agt", "ags"},
            {"september", "sep", "sept"},
            {"october", "oktober", "oct", "okt"},
            {"november", "nopember", "nov", "nop"},
            {"december", "desember", "dec", "des"}
        };
        return index(names);
    }

    private static Map<String, Integer> days() {
        String[][] names = {
            {"monday", "senin"},
            {"tuesday", "selasa"},
            {"wednesday", "rabu"},
            {"thursday", "kamis"},
            {"friday", "jumat", "jum'at"},
            {"saturday", "sabtu"},
            {"sunday", "minggu", "ahad"}
        };
        return index(names);
    }

    private static Map<String, Integer> index(String[][] names) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
