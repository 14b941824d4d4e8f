package warta.core.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a capital letter says in English claims: a word is taken for a name only when its capital
 * is not explained otherwise. Not names: the first word of a sentence unless it is in capitals
 * ("KPK") or runs straight into another capitalised word ("Joko Widodo said", but not "Earlier,
 * Home Minister ..."); common sentence openers ("Several", "Meanwhile"); honorifics ("Mr",
 * "Dr", "Gen", and the Indonesian "Pak", "Bu", "Haji" that translations keep) before a person's
 * name, but not in a fixed phrase or inside a name ("Ibu Kota Nusantara", "Asrama Haji": see
 * {@link #isTitle}); prepositions that open a sentence ("Beside PSN, ..."); a currency code before its amount
 * ("Rp 5 miliar"); AM and PM after a clock time ("12.30 PM"); and the words of a title-cased
 * headline, which says nothing by its capitals, except those in capitals. Stateless and
 * thread-safe.
 */
final class Capitals {

    /** Short words a title-cased headline leaves in lower case, beyond the English function words. */
    private static final Set<String> MINOR = Set.of("nor", "off", "onto", "per", "via", "vs", "amid", "near", "upon");
    /** Adverbs, determiners and conjunctions that open English sentences; never names. */
    private static final Set<String> OPENERS = Set.of(
            "additionally",
            "also",
            "although",
            "another",
            "besides",
            "both",
            "currently",
            "despite",
            "earlier",
            "either",
            "eventually",
            "every",
            "few",
            "finally",
            "following",
            "furthermore",
            "hence",
            "however",
            "indeed",
            "initially",
            "instead",
            "later",
            "many",
            "meanwhile",
            "moreover",
            "neither",
            "nevertheless",
            "next",
            "nonetheless",
            "now",
            "once",
            "otherwise",
            "overall",
            "perhaps",
            "previously",
            "recently",
            "separately",
            "several",
            "similarly",
            "still",
            "therefore",
            "though",
            "thus",
            "today",
            "tomorrow",
            "tonight",
            "whereas",
            "yesterday",
            // prepositions that open a sentence ("Beside PSN, ...", "Throughout January ...")
            "according",
            "alongside",
            "amid",
            "amidst",
            "among",
            "amongst",
            "beside",
            "beyond",
            "concerning",
            "except",
            "regarding",
            "throughout",
            "toward",
            "towards",
            "unlike",
            "within",
            "without");
    /** Clock times' halves of the day, after a time: "12.30 PM", "5 AM", "9 a.m.". */
    private static final Set<String> HALVES_OF_DAY = Set.of("am", "pm");

    /**
     * Forms of address and abbreviated titles before a name: English ("Mr", "Gen", "Sen") and
     * Indonesian, kept in English translations ("Pak", "Bu", "Haji", the Betawi "Babe").
     */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", // English
            "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "brig", "adm", "cmdr", "insp", "supt", "rev", "sen", "rep",
            "gov", "hon", "sr", "comr", "adj", // abbreviated English titles and ranks ("Sr. Comr.")
            "pak", "bu", "bapak", "ibu", "mbak", "mas", "bang", "kang", "cak", "teh", "mpok", "babe", "engkong", "haji",
            "hj", "ustaz", "ustadz", "kiai", "kyai"); // Indonesian forms of address

    private static final Set<String> CURRENCIES =
            Set.of("rp", "idr", "usd", "us", "eur", "gbp", "sgd", "aud", "jpy", "cny", "rmb", "myr");
    private static final String CLOSERS = "\"'’”)]»";
    private static final Pattern SEPARATED = Pattern.compile("[,;:(\"“”]");
    /** Between a form of address and the name it addresses: a space, after an abbreviation's full stop or not. */
    private static final Pattern ADDRESS_GAP = Pattern.compile("\\.?[ \u00a0]+");

    private Capitals() {}

    /**
     * Whether the sentence is a headline in title case: no full stop at its end, at least two
     * capitalised words, and every lower-case word a function word or a single letter.
     */
    static boolean isTitleCase(String sentence, List<Words.Token> tokens) {
        int end = sentence.length() - 1;
        while (end >= 0
                && (Character.isWhitespace(sentence.charAt(end)) || CLOSERS.indexOf(sentence.charAt(end)) >= 0)) {
            end--;
        }
        if (end < 0 || sentence.charAt(end) == '.') {
            return false;
        }
        int capitalised = 0;
        for (Words.Token token : tokens) {
            String lower = token.lower();
            if (token.capitalised()) {
                capitalised++;
            } else if (lower.length() > 1 && !Words.isEnglishFunctionWord(lower) && !MINOR.contains(lower)) {
                return false;
            }
        }
        return capitalised >= 2;
    }

    /** Whether token i of the sentence may be a name, or part of one. */
    static boolean mayBeName(String sentence, List<Words.Token> tokens, int i, boolean titleCase) {
        Words.Token token = tokens.get(i);
        String lower = token.lower();
        if (!token.capitalised()
                || Words.isEnglishFunctionWord(lower)
                || OPENERS.contains(lower)
                || isTitle(sentence, tokens, i)
                || Calendar.key(lower) != 0
                || CURRENCIES.contains(lower) && beforeAmount(sentence, token.end())
                || HALVES_OF_DAY.contains(lower) && afterNumber(sentence, token.start())) {
            return false;
        }
        if (allCaps(token.text())) {
            return true;
        }
        if (titleCase) {
            return false;
        }
        return i > 0 || runsIntoName(sentence, tokens);
    }

    /**
     * Whether token i is a form of address before a person's name ("Pak Jokowi", "Bu Risma", "Mr.
     * Tito", both of "Prof Dr Ahmad"), whose capital says nothing: an honorific that starts a run
     * of capitalised words and is followed, across a space (or an abbreviation's full stop), by a
     * capitalised word that is not a common Indonesian word ({@link Lexicon}). Otherwise the word
     * is an ordinary one of a name: in a fixed phrase ("Ibu Kota Nusantara", the capital city:
     * "kota" is a common word) or after another name word ("Asrama Haji Pondok Gede").
     */
    static boolean isTitle(String sentence, List<Words.Token> tokens, int i) {
        Words.Token token = tokens.get(i);
        if (!HONORIFICS.contains(token.lower()) || i + 1 == tokens.size()) {
            return false;
        }
        Words.Token next = tokens.get(i + 1);
        if (!next.capitalised()
                || !ADDRESS_GAP
                        .matcher(sentence.substring(token.end(), next.start()))
                        .matches()
                || Lexicon.knows(next.text())) {
            return false;
        }
        return i == 0 || !continuesName(sentence, tokens.get(i - 1), token);
    }

    /**
     * Whether {@code previous} is a capitalised word that {@code token} continues as one name:
     * only a space between, and not itself a form of address, a function word (either language)
     * or a sentence opener, whose capitals say nothing ("Kemudian Pak Jokowi ...").
     */
    private static boolean continuesName(String sentence, Words.Token previous, Words.Token token) {
        String lower = previous.lower();
        return previous.capitalised()
                && sentence.substring(previous.end(), token.start()).isBlank()
                && !HONORIFICS.contains(lower)
                && !Words.ENGLISH.contains(lower)
                && !Words.INDONESIAN.contains(lower)
                && !OPENERS.contains(lower);
    }

    /**
     * Whether the first word runs straight into a capitalised second word that is not a title:
     * "Joko Widodo", but not "Kemudian Pak Jokowi".
     */
    private static boolean runsIntoName(String sentence, List<Words.Token> tokens) {
        if (tokens.size() < 2 || !tokens.get(1).capitalised() || isTitle(sentence, tokens, 1)) {
            return false;
        }
        String between = sentence.substring(tokens.get(0).end(), tokens.get(1).start());
        return !SEPARATED.matcher(between).find();
    }

    private static boolean beforeAmount(String sentence, int end) {
        int at = end;
        while (at < sentence.length() && (sentence.charAt(at) == ' ' || sentence.charAt(at) == '.')) {
            at++;
        }
        return at < sentence.length() && (Character.isDigit(sentence.charAt(at)) || sentence.charAt(at) == '$');
    }

    /** Whether a number ends just before {@code start}, across spaces: "12.30 PM". */
    private static boolean afterNumber(String sentence, int start) {
        int at = start - 1;
        while (at >= 0 && sentence.charAt(at) == ' ') {
            at--;
        }
        return at >= 0 && Character.isDigit(sentence.charAt(at));
    }

    /** A word in capitals, allowing a plural "s": "KPK", "RTs". */
    static boolean allCaps(String word) {
        String stem = word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return stem.length() > 1 && stem.equals(stem.toUpperCase(Locale.ROOT));
    }

    /** The word without the plural "s" of an acronym: "RT" of "RTs". */
    static String singular(String word) {
        return word.length() > 2 && word.endsWith("s") && allCaps(word) ? word.substring(0, word.length() - 1) : word;
    }
}
