package warta.core.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names in English and Indonesian, full and short, mapped to one number so
 * "Januari" supports "January" and "Senin" supports "Monday". Stateless and thread-safe.
 */
final class Calendar {

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, Integer> DAYS = days();

    private Calendar() {}

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
