package warta.core.sentence;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the word before a period is an abbreviation that cannot end a sentence.
 * Immutable and thread-safe.
 *
 * <p>Only abbreviations that need a following word are listed: titles, address parts,
 * "Rp.", "No.", "RS.". Abbreviations that often close a sentence ("dll.", "dsb.", "dst.", "tsb.",
 * "dkk.", "Tbk.", "Inc.", "Ltd.", "Co.", "Jr.", "etc.") are deliberately left out: they
 * behave like any word, so they end a sentence only when an uppercase word follows. Three
 * narrower lists serve {@link Boundaries}: labels of a following number ({@link #labelsNumber}),
 * company-form suffixes ({@link #isCompanySuffix}) and typical sentence openers ({@link #opensSentence}).
 */
final class Abbreviations {

    /** Lower-cased, without the final period. */
    private static final Set<String> NON_FINAL = Set.of(
            // people: titles and forms of address
            // abbreviated English titles and ranks, which English news (and a translation) puts
            // before a name: "Lt. Gen. Ahmad", "Sr. Comr. Wahyono", "Sen. Warren"
            "gen",
            "lt",
            "capt",
            "sgt",
            "cpl",
            "maj",
            "brig",
            "adm",
            "cmdr",
            "comr",
            "insp",
            "supt",
            "sr",
            "sen",
            "gov",
            "rev",
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
            "pkl",
            "tgl",
            "vs",
            // institutions before their name: "RS. Bhayangkara", "RSUD. Dr. Soetomo"
            "rs",
            "rsu",
            "rsud",
            "univ");

    /** Abbreviations that label the number after them: months ("Jan. 2024"), kilometre posts, pages, times. */
    private static final Set<String> NUMBER_LABELS = Set.of(
            "jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "agt", "ags", "aug", "sep", "sept", "okt", "oct",
            "nov", "des", "dec", "km", "no", "hlm", "hal", "pkl", "pk", "tgl", "kav");

    /** Company-form suffixes: no sentence starts with one, and a bracket after one holds the company's code. */
    private static final Set<String> COMPANY_SUFFIXES =
            Set.of("tbk", "ltd", "inc", "co", "corp", "llc", "plc", "bhd", "pte", "gmbh");

    /**
     * Words that open a sentence far more often than they follow an acronym or a degree: pronouns,
     * conjunctions and prepositions that start Indonesian (and English) news sentences.
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "ia",
            "dia",
            "beliau",
            "mereka",
            "kami",
            "kita",
            "saya",
            "aku",
            "ini",
            "itu",
            "hal",
            "namun",
            "tetapi",
            "tapi",
            "sementara",
            "sedangkan",
            "selain",
            "menurut",
            "dalam",
            "pada",
            "saat",
            "ketika",
            "setelah",
            "sebelum",
            "sejak",
            "karena",
            "jika",
            "bila",
            "apabila",
            "untuk",
            "dengan",
            "seperti",
            "adapun",
            "kemudian",
            "lalu",
            "selanjutnya",
            "bahkan",
            "meski",
            "meskipun",
            "walaupun",
            "sebelumnya",
            "kini",
            "sebagai",
            "oleh",
            "the",
            "he",
            "she",
            "it",
            "they",
            "we",
            "this",
            "that",
            "but",
            "however",
            "in",
            "on");

    private static final int MAX_ACRONYM_PART = 4;
    private static final int MAX_CODE_LETTERS = 2;
    private static final int MAX_CODE_LENGTH = 4;

    /**
     * Whether {@code code}, the letters and digits before a period that a number follows, labels
     * that number: a month or a listed label ("Jan", "KM", "pkl"), an uppercase code of up to two
     * letters ("GA. 404", "RT. 03"), or a short code of letters then digits ("v9. 1", "G20. 5").
     */
    static boolean labelsNumber(String code) {
        if (code.isEmpty()) {
            return false;
        }
        if (NUMBER_LABELS.contains(code.toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean letters = code.chars().allMatch(Character::isLetter);
        if (letters) {
            return code.length() <= MAX_CODE_LETTERS && code.chars().allMatch(Character::isUpperCase);
        }
        return code.length() <= MAX_CODE_LENGTH
                && Character.isLetter(code.charAt(0))
                && Character.isDigit(code.charAt(code.length() - 1));
    }

    /** Whether {@code word} is a company-form suffix such as "Tbk", "Ltd" or "Inc". */
    static boolean isCompanySuffix(String word) {
        return COMPANY_SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} is capitalised and one that typically opens a sentence ("Ia", "Namun", "The"). */
    static boolean opensSentence(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }

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
