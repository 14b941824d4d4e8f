package warta.core.check;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a reference writes in forms that neither {@link Numbers} (digits) nor {@link NumberWords}
 * (number words) read: Roman numerals ("Abad XVII" supports "17th century", "Perang Dunia II" a
 * "2") and Indonesian halves ("satu setengah jam" supports "1.5 hours", "2 setengah" 2.5). A Roman
 * numeral counts only in capitals, of two letters or more, and written the standard way (so "I",
 * "CIVIL" or "MIMI" are no numbers); values up to 3999. Stateless and thread-safe.
 */
final class NumeralForms {

    private static final Pattern ROMAN = Pattern.compile("\\b[IVXLCDM]{2,}\\b");
    private static final Pattern HALF = Pattern.compile(
            "\\b(\\d+|\\p{L}+)[\\s-]+setengah\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private NumeralForms() {}

    /** The values written in these forms, as {@link Numbers#keys} gives them. */
    static Set<String> keys(String reference) {
        Set<BigDecimal> values = new HashSet<>();
        Matcher roman = ROMAN.matcher(reference);
        while (roman.find()) {
            int value = roman(roman.group());
            if (value > 0) {
                values.add(BigDecimal.valueOf(value));
            }
        }
        Matcher half = HALF.matcher(reference);
        while (half.find()) {
            Long whole = whole(half.group(1));
            if (whole != null) {
                values.add(BigDecimal.valueOf(whole).add(new BigDecimal("0.5")));
            }
        }
        return Numbers.keys(values, 1);
    }

    /** The value of a Roman numeral written the standard way, or 0. */
    static int roman(String letters) {
        int value = 0;
        int at = 0;
        for (int k = 0; k < VALUES.length && at < letters.length(); k++) {
            while (letters.startsWith(LETTERS[k], at)) {
                value += VALUES[k];
                at += LETTERS[k].length();
            }
        }
        return at == letters.length() && value < 4000 && standard(value).equals(letters) ? value : 0;
    }

    private static String standard(int value) {
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int k = 0; k < VALUES.length; k++) {
            for (; rest >= VALUES[k]; rest -= VALUES[k]) {
                out.append(LETTERS[k]);
            }
        }
        return out.toString();
    }

    private static Long whole(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return word.length() <= 15 ? Long.valueOf(word) : null;
        }
        List<Long> values = NumberWords.values(word.toLowerCase(Locale.ROOT));
        return values.isEmpty() ? null : values.getLast();
    }
}
