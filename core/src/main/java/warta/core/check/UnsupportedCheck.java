package warta.core.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import warta.core.sentence.SentenceSplitter;
import warta.core.sentence.Span;

/**
 * Finds numbers, dates and proper names in {@code claims} that {@code reference} does not
 * contain, in either language: the reference may be the Indonesian source, its English
 * translation, or both. The pipeline uses it twice: a summary against what it was written from
 * ({@link #full()}), and a translation against its Indonesian source ({@link #numbersOnly()}).
 *
 * <p>Numbers: every number written in digits in the claims must be one the reference holds, in
 * digits or in words, in either notation: "3.000" = "3,000" = "3000", "2,5" = "2.5",
 * "Rp5 miliar" = "5 billion rupiah" = "IDR 5 billion", "1,5 juta" = "1.5 million", "6,5 triliun" =
 * "6.5 trillion", "10 persen" = "10%" = "10 percent" (units are not compared), "dua belas" =
 * "12", "sepuluh" = "10", "2.30 PM" = "2:30 p.m." = "14.30". The full check also checks
 * numbers in words in the claims from {@value NumberClaims#SPELLED_FROM} up: "ten thousand"
 * needs "10.000", "10 ribu" or "sepuluh ribu". A number with a scale word must match once scaled ("6.5 billion" is not
 * supported by "6,5 triliun"); one without may match a reference number's digits before its
 * scale ("200" against "Rp 200 juta"). Dates are checked through their parts: the numbers, and
 * month and weekday names in either language or read off a date in digits ("17 Januari 2024"
 * supports "January 17, 2024", "Selasa (16/1)" and "16/1/2024" support "Tuesday, January 16").
 *
 * <p>Names (full check only): see the rules in the package-private {@code Names} and
 * {@code Vocabulary}: a capitalised word other than an ordinary sentence-initial one, or one in
 * a title-cased headline, must be in the reference as written, in a spelling variant
 * ("Moskow" for "Moscow"), as a close variant ("Presiden" for "President"), or as the English of
 * a word or phrase the reference holds: CLDR's country, region and language names ("Korea Utara"
 * for "North Korea", "Rusia" for "Russian"), the lexicon ("Selatan" for "South"), built-in
 * terms and abbreviations ("Luar Negeri" for "Foreign", "Korut" for "North Korea") and the
 * glossary, both ways.
 *
 * <p>Findings: one per distinct problem, at its first mention, saying what it is, why it is
 * unsupported, how often it is mentioned and in which statement, as in {@code name Beijing: not
 * in the source, neither as written nor in English; in "Talks were held in Beijing."}.
 *
 * <p>Limits: numbers in words below {@value NumberClaims#SPELLED_FROM} are not checked, a number the
 * reference holds somewhere else in the text is supported, units and what a number counts are
 * not compared, and a name that stands only in a title-cased headline is not checked. Immutable
 * and thread-safe; the cost is linear in the lengths of claims and reference.
 */
public final class UnsupportedCheck {

    private static final UnsupportedCheck FULL = new UnsupportedCheck(true);
    private static final UnsupportedCheck NUMBERS_ONLY = new UnsupportedCheck(false);

    /** Whether names, dates and numbers in words are checked as well as numbers in digits. */
    private final boolean full;

    private UnsupportedCheck(boolean full) {
        this.full = full;
    }

    /** Checks numbers, dates and proper names: for a summary against its source or translation. */
    public static UnsupportedCheck full() {
        return FULL;
    }

    /** Checks numbers in digits only: for a translation against its Indonesian source. */
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
        List<Span> sentences = SentenceSplitter.indonesian().spans(claims);
        List<Unsupported> found = NumberClaims.unsupported(claims, reference, full);
        if (full) {
            found.addAll(Names.unsupported(claims, sentences, reference, glossary));
        }
        return List.copyOf(Unsupported.findings(found, claims, sentences, paragraph));
    }
}
