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
 * "2") and Indonesian halves ("satu setengah jam" supports "1.5 hours", "2 setengah" 2.5).
 *
 * <p>A Roman numeral counts only in capitals, written the standard way (so "CIVIL" or "MIMI" are
 * no numbers), up to 3999, and only where its place makes it a number, since Indonesian writes
 * many abbreviations in the same letters ("DI Yogyakarta", "CV Maju", "CD", "MM", "MI instan"):
 * <ul>
 *   <li>after a word that counts or orders ({@link #COUNTERS}: abad, bab, jilid, pasal, kuartal,
 *       semester, kelas, golongan, eselon, tahap, Pelita, Kodam, Komisi, Kongres, PON, Perang
 *       Dunia, Sultan HB ...), or right after "ke-";
 *   <li>after a capitalised name, as a regnal or series number ("Hamengkubuwono X", "Paus
 *       Benediktus XVI", "Elizabeth II"), unless the name is one that letters follow ("Vitamin C",
 *       "Blok M", "Cinema XXI": {@link #NOT_AFTER});
 *   <li>elsewhere, a token of I, V and X alone of two letters or more ("XVII"), with no word in
 *       capitals on either side.
 * </ul>
 * A single letter is a numeral only as I, V or X, and a single I only after a counting word
 * ("Perang Dunia I"; "Then I said" is no number). A token of {@link #ABBREVIATIONS} is never a
 * number. Stateless and thread-safe.
 */
final class NumeralForms {

    private static final Pattern ROMAN = Pattern.compile("\\b[IVXLCDM]+\\b");
    /** Words after which a Roman numeral is a number: what counts or orders, in either language. */
    private static final Set<String> COUNTERS = Set.of(
            "abad",
            "jilid",
            "bab",
            "pasal",
            "ayat",
            "bagian",
            "tahap",
            "babak",
            "sesi",
            "gelombang",
            "putaran",
            "periode",
            "angkatan",
            "kuartal",
            "triwulan",
            "caturwulan",
            "semester",
            "kelas",
            "golongan",
            "eselon",
            "tingkat",
            "dati",
            "seri",
            "volume",
            "vol",
            "pelita",
            "repelita",
            "kodam",
            "komisi",
            "lantamal",
            "koarmada",
            "kongres",
            "munas",
            "muktamar",
            "rakernas",
            "pon",
            "dunia",
            "hb",
            "pb",
            "century",
            "war",
            "chapter",
            "part",
            "phase",
            "round",
            "grade");
    /** Capitalised words that letters, not numbers, follow: "Vitamin C", "Blok M", "Cinema XXI", "Mr X". */
    private static final Set<String> NOT_AFTER = Set.of(
            "vitamin",
            "blok",
            "block",
            "cinema",
            "bioskop",
            "sinar",
            "hepatitis",
            "tipe",
            "type",
            "generasi",
            "generation",
            "gen",
            "mr",
            "mister",
            "inisial",
            "berinisial");
    /** Abbreviations written in Roman numeral letters: never a number. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "DI", "CV", "CD", "MM", "MC", "DC", "MD", "CC", "LC", "LCC", "ML", "DL", "CM", "MI", "CI", "XL", "MIX",
            "MDC", "MMC");

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
            if (value > 0 && isNumber(reference, roman.start(), roman.group())) {
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

    /** Whether the Roman numeral {@code token} at {@code start} stands where a number stands. */
    private static boolean isNumber(String text, int start, String token) {
        if (ABBREVIATIONS.contains(token)) {
            return false;
        }
        boolean single = token.length() == 1;
        if (single && "IVX".indexOf(token.charAt(0)) < 0) {
            return false;
        }
        if (start >= 3
                && text.regionMatches(true, start - 3, "ke-", 0, 3)
                && (start == 3 || !Character.isLetter(text.charAt(start - 4)))) {
            return true;
        }
        String before = wordBefore(text, start);
        String lower = before.toLowerCase(Locale.ROOT);
        if (NOT_AFTER.contains(lower)) {
            return false;
        }
        if (COUNTERS.contains(lower)) {
            return true;
        }
        if (isCapitalised(before)) {
            return !token.equals("I");
        }
        return !single
                && token.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X')
                && !inCapitals(before)
                && !inCapitals(wordAfter(text, start + token.length()));
    }

    /** The run of letters before {@code at}, across spaces only; "" when there is none. */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00a0')) {
            end--;
        }
        if (end == at) {
            return "";
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end);
    }

    /** The run of letters after {@code at}, across spaces only; "" when there is none. */
    private static String wordAfter(String text, int at) {
        int begin = at;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        int end = begin;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(begin, end);
    }

    /** An initial capital and lower-case letters after it: "Hamengkubuwono", "Dunia". */
    private static boolean isCapitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    private static boolean inCapitals(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
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
