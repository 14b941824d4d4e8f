package warta.core.sentence;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the word before a period is an abbreviation that cannot end a sentence.
 * Immutable and thread-safe.
 *
 * <p>Only abbreviations that need a following word are listed: titles, address parts,
 * "Rp.", "No.". Abbreviations that often close a sentence ("dll.", "dsb.", "dst.", "tsb.",
 * "dkk.", "Tbk.", "Inc.", "Ltd.", "Co.", "Jr.", "etc.") are deliberately left out: they
 * behave like any word, so they end a sentence only when an uppercase word follows.
 */
final class Abbreviations {

    /** Lower-cased, without the final period. */
    private static final Set<String> NON_FINAL = Set.of(
            // people: titles and forms of address
            "bp",
            "bpk",
            "sdr",
            "sdri",
            "tn",
            "ny",
            "nn",
            "yth",
            "dr",
            "drg",
            "drs",
            "dra",
            "prof",
            "ir",
            "hj",
            "kh",
            "mr",
            "mrs",
            "ms",
            "st",
            // ranks
            "jend",
            "letjen",
            "mayjen",
            "brigjen",
            "kol",
            "letkol",
            "kapt",
            "serka",
            "pol",
            // places and addresses
            "jl",
            "jln",
            "gg",
            "kav",
            "kab",
            "kec",
            "kel",
            "ds",
            "prov",
            "kp",
            "rt",
            "rw",
            // companies, money, numbering, references
            "pt",
            "cv",
            "rp",
            "no",
            "nos",
            "hlm",
            "vol",
            "tel",
            "telp",
            "pk",
            "tgl",
            "vs");

    private static final int MAX_ACRONYM_PART = 4;

    boolean isNonFinal(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (word.indexOf('.') >= 0) {
            return isDottedAcronym(word);
        }
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0));
        }
        return NON_FINAL.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "S.H", "M.Si", "Ph.D", "A.S", "U.S", "a.n", "u.p": short parts that are all capitalised
     * or all one letter. Domain names such as "kompas.com" or "go.id" are neither.
     */
    private static boolean isDottedAcronym(String word) {
        String[] parts = word.split("\\.", -1);
        boolean allCapitalised = true;
        boolean allSingle = true;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > MAX_ACRONYM_PART) {
                return false;
            }
            allCapitalised &= Character.isUpperCase(part.charAt(0));
            allSingle &= part.length() == 1;
        }
        return allCapitalised || allSingle;
    }
}
