package warta.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers, dates and proper names in {@code claims} that {@code reference} does not
 * contain. The pipeline uses it twice: a summary against its translation ({@link #full()}), and a
 * translation against its Indonesian source ({@link #numbersOnly()}, since names and titles are
 * translated and only numbers carry over unchanged in meaning).
 *
 * <p>Numbers: every number written in digits in the claims must be one the reference holds, in
 * digits or in words, in either notation: "3.000" = "3,000" = "3000", "2,5" = "2.5",
 * "Rp5 miliar" = "5 billion rupiah" = "IDR 5 billion", "1,5 juta" = "1.5 million", "10 persen" =
 * "10%" = "10 percent" (units are not compared), "dua belas" = "12", "sepuluh" = "10",
 * "2.30 PM" = "14.30". A number with a scale word must match once scaled ("6.5 billion" is not
 * supported by "6,5 triliun"); one without may match a reference number's digits before its
 * scale ("200" against "Rp 200 juta"). Dates are checked through their parts: the numbers, and
 * month and weekday names in either language ("17 Januari 2024" supports "January 17, 2024", and
 * "Selasa (4/12)" supports "Tuesday (12/4)" because each number is looked up on its own).
 *
 * <p>Names (full check only): see the rules in the package-private {@code Names}: a capitalised
 * word other than an ordinary sentence-initial one must appear in the reference in any case, as
 * a close variant ("Presiden" for "President"), or through a glossary rendering.
 *
 * <p>Limits: numbers written in words in the claims are not checked, a number the reference
 * holds somewhere else in the text is supported, and units and what a number counts are not
 * compared. Immutable and thread-safe.
 */
public final class UnsupportedCheck {

    static final double CONVERSION_TOLERANCE = 0.05;
    private static final int CONVERSION_REACH = 24;
    private static final Pattern CONVERTED_FROM = Pattern.compile(
            "(\\d[\\d.,]*)\\s?([\\p{L}%]{1,6})\\.?\\s?\\(\\s?(?:[\\p{L}$£€]{1,3}\\s?)?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONVERSION_END =
            Pattern.compile("\\s?([\\p{L}%]{0,6})\\.?\\s?\\)", Pattern.UNICODE_CHARACTER_CLASS);

    private static final UnsupportedCheck FULL = new UnsupportedCheck(true);
    private static final UnsupportedCheck NUMBERS_ONLY = new UnsupportedCheck(false);

    private final boolean names;

    private UnsupportedCheck(boolean names) {
        this.names = names;
    }

    /** Checks numbers, dates and proper names: for a summary against its translation. */
    public static UnsupportedCheck full() {
        return FULL;
    }

    /** Checks numbers only: for a translation against its Indonesian source. */
    public static UnsupportedCheck numbersOnly() {
        return NUMBERS_ONLY;
    }

    /**
     * What {@code claims} states that {@code reference} does not support, in order of the
     * claims; every finding carries {@code paragraph} and the offending text verbatim.
     *
     * @param glossary Indonesian term to its English rendering; may be empty
     * @param paragraph the paragraph index to report, or -1 for the summary or the whole text
     */
    public List<Finding> check(String claims, String reference, Map<String, String> glossary, int paragraph) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(glossary, "glossary");
        List<Finding> findings = new ArrayList<>(numbers(claims, reference, paragraph));
        if (names) {
            findings.addAll(Names.unsupported(claims, reference, glossary, paragraph));
        }
        return List.copyOf(findings);
    }

    private static List<Finding> numbers(String claims, String reference, int paragraph) {
        List<Numbers.Mention> known = Numbers.digits(reference);
        Set<String> spelled = new HashSet<>(NumberWords.keys(NumberWords.values(reference)));
        List<Finding> findings = new ArrayList<>();
        for (Numbers.Mention claim : Numbers.digits(claims)) {
            if (isConversion(claims, claim)) {
                continue;
            }
            boolean supported = known.stream().anyMatch(claim::matches)
                    || claim.scaled().stream().anyMatch(spelled::contains)
                    || !claim.hasScale() && claim.bare().stream().anyMatch(spelled::contains);
            if (!supported) {
                findings.add(new Finding(paragraph, claim.text(), "number " + claim.text() + " not in the reference"));
            }
        }
        return findings;
    }

    /**
     * Whether the mention is a right conversion a translator added: a number alone in brackets
     * right after a number with its unit, as in "380kg (840lb)", where both units have a fixed
     * factor (kg and lb, km and miles ...) and the bracketed number is the first one converted
     * within {@value #CONVERSION_TOLERANCE}. It restates the number before it, which is checked in
     * its place. Currency conversions ("$370m (£235m)") have no fixed rate, so a changed one
     * could not be told from a right one: they are still reported.
     */
    static boolean isConversion(String text, Numbers.Mention mention) {
        String before = text.substring(Math.max(0, mention.start() - CONVERSION_REACH), mention.start());
        Matcher from = CONVERTED_FROM.matcher(before);
        Matcher to = CONVERSION_END
                .matcher(text)
                .region(mention.start() + mention.text().length(), text.length());
        if (!from.find() || !to.lookingAt()) {
            return false;
        }
        Double factor = Units.factor(from.group(2), to.group(1));
        return factor != null && Units.close(from.group(1), mention.text(), factor, CONVERSION_TOLERANCE);
    }
}
