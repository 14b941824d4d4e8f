package warta.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reference supports, in either language: its own words, and the renderings of every
 * word and phrase in it that the {@link Lexicon} (utara: north, semenanjung: peninsula), CLDR's
 * country, region and language names, the built-in terms (luar negeri: foreign, Korut: North
 * Korea) or the glossary know, in both directions. Built once per reference, in time linear in
 * its length; a lookup is a few map lookups, whatever the size of the reference.
 *
 * <p>A word is supported when its {@link Spelling#skeleton} is the skeleton of a word here
 * ("Moscow" by "Moskow"), or a close variant of one: the same first {@value #STEM} letters of the
 * skeleton and a length within two ("President" by "Presiden", "Indonesian" by "Indonesia"); or
 * when it is a lexicon rendering, or starts with one and adds at most {@value #MAX_ENDING} letters
 * ("Provinces" by the stem "provinc" of provinsi); or when it is an adjective of a supported word
 * with an English ending ("Roman" of "Roma", "Chinese" of "China"); or when an English
 * derivational ending ({@link #DERIVATIONS}) leaves exactly a supported word or rendering
 * ("Transportation" by the rendering "transport" of perhubungan, "Robber" by "rob" of rampok,
 * "Revolutionary" by "revolusi", Indonesian -si standing for English -tion); or when it is the
 * English plural of a supported word ("Cards" by "card"); two capitalised words of the reference
 * written as one are a word too ("Bantargebang" by "Bantar Gebang"), and its acronyms are kept
 * for {@link Names} to read a run of words that spells one out. A word of at least
 * {@value #MIN_TYPO} to {@value #MAX_TYPO} skeleton letters in the reference also supports its typing slips, one pair
 * of neighbouring letters swapped, or, from {@value #MIN_DROPPED} letters, one letter too many ("Ausrtralia" supports
 * "Australian", "Bandung" does not support "Badung"); slips are found at lookup, never built ahead, so the vocabulary
 * keeps no more than the reference's words. Immutable once built, and thread-safe.
 */
final class Vocabulary {

    static final int STEM = 5;
    static final int MAX_ENDING = 4;
    private static final int MIN_STEM = 4;
    private static final int MAX_LENGTH = 63;
    static final int MAX_ACRONYM = 8;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}++");
    private static final List<String> ADJECTIVE_ENDINGS =
            List.of("n", "an", "ian", "ese", "i", "ish", "ic", "er", "ist");
    /**
     * English endings that make a word from another: "Transport-ation", "Histor-ical",
     * "Creat-or", "Rob-b-er", "Manage-ment", "Revolution-ary". Longest first.
     */
    private static final List<String> DERIVATIONS = List.of(
            "ational", "ation", "ition", "ments", "ment", "ical", "ance", "ence", "ary", "ism", "ist", "ion", "ers",
            "ors", "er", "or", "al", "ic");
    /** Shortest skeleton whose swapped letters are taken for typing slips ("Jakrata"). */
    private static final int MIN_TYPO = 7;
    /**
     * Shortest skeleton whose extra letter is taken for a slip: a letter dropped from a word of
     * seven letters leaves a six-letter word, and six-letter names one letter apart are often
     * two real places ("Badung" in Bali is not "Bandung" in West Java).
     */
    private static final int MIN_DROPPED = 8;
    /** Longest skeleton read for slips: a longer run of letters is no word. */
    private static final int MAX_TYPO = 30;
    /** What an adjective's ending may have replaced: "Chin-ese" from "China", "Ital-ian" from "Italy". */
    private static final List<String> BASE_ENDINGS = List.of("", "a", "e", "o", "y");

    private final Set<String> skeletons = new HashSet<>();
    /**
     * The skeletons of {@value #MIN_TYPO} to {@value #MAX_TYPO} letters, sorted, the same strings as in
     * {@link #skeletons}: a looked-up word is compared with them for a typing slip, so no slip is
     * ever built ahead (a reference of many distinct long words would otherwise keep about twice
     * their letters' count of strings per word).
     */
    private final NavigableSet<String> longSkeletons = new TreeSet<>();
    /** Skeleton lengths by the skeleton's first letters, one bit a length. */
    private final Map<String, Long> lengthsByStart = new HashMap<>();

    private final Set<String> stems = new HashSet<>();
    private int longestStem;
    /** The reference's words in capitals of two to {@value #MAX_ACRONYM} letters: "FAO", "KPK". */
    private final Set<String> acronyms = new HashSet<>();

    private Vocabulary() {}

    /** The vocabulary of {@code reference}, with the renderings the glossary gives. */
    static Vocabulary of(String reference, Map<String, String> glossary) {
        Vocabulary vocabulary = new Vocabulary();
        Set<String> words = letterRuns(reference);
        for (String word : words) {
            vocabulary.addWord(word);
            Lexicon.allRenderings(word).forEach(vocabulary::addStem);
        }
        vocabulary.addJoinedNamesAndAcronyms(reference);
        Phrases.Text text = Phrases.Text.of(reference);
        Renderings.builtIn().renderingsIn(text, vocabulary::addWords);
        if (!glossary.isEmpty()) {
            Renderings.of(glossary).renderingsIn(text, vocabulary::addWords);
        }
        return vocabulary;
    }

    /** Whether the word, in any case, is supported. */
    boolean supports(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String skeleton = Spelling.skeleton(lower);
        if (hasSkeleton(skeleton)
                || closeVariant(skeleton)
                || stems.contains(lower)
                || adjectiveOfKnown(lower)
                || derivedFromKnown(lower)
                || pluralOfKnown(lower)) {
            return true;
        }
        int last = Math.min(lower.length() - 1, longestStem);
        for (int k = Math.max(MIN_STEM, lower.length() - MAX_ENDING); k <= last; k++) {
            if (stems.contains(lower.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word is an adjective or demonym made from a supported name with an English
     * ending: "Roman" from "Roma", "Islamic" from "Islam", "Chinese" from "China", "Canadian"
     * from "Kanada", "Israeli" from "Israel".
     */
    private boolean adjectiveOfKnown(String lower) {
        for (String ending : ADJECTIVE_ENDINGS) {
            int base = lower.length() - ending.length();
            if (base >= MIN_STEM - 1 && lower.endsWith(ending)) {
                for (String vowel : BASE_ENDINGS) {
                    if (hasSkeleton(Spelling.skeleton(lower.substring(0, base) + vowel))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether an English derivational ending leaves a supported word or rendering, exactly: the
     * base as it is, with a silent "e" restored or dropped, with a doubled last consonant
     * written once, or with -tion/-sion read as the Indonesian -si.
     */
    private boolean derivedFromKnown(String lower) {
        for (String ending : DERIVATIONS) {
            int length = lower.length() - ending.length();
            if (length >= MIN_STEM - 1 && lower.endsWith(ending)) {
                String base = lower.substring(0, length);
                if (knownExactly(base)
                        || knownExactly(base + "e")
                        || base.endsWith("e") && knownExactly(base.substring(0, length - 1))
                        || length > 3
                                && base.charAt(length - 1) == base.charAt(length - 2)
                                && knownExactly(base.substring(0, length - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word is the English plural of a supported word or rendering, exactly: "Cards"
     * of "card", "Facilities" of "facility", "Taxes" of "tax" (a rendering of a phrase, such as
     * "ID card" of KTP, is kept as words, not as a stem, so its plural is found only here).
     */
    private boolean pluralOfKnown(String lower) {
        int length = lower.length();
        if (length < MIN_STEM || !lower.endsWith("s") || lower.endsWith("ss")) {
            return false;
        }
        return knownExactly(lower.substring(0, length - 1))
                || lower.endsWith("es") && knownExactly(lower.substring(0, length - 2))
                || lower.endsWith("ies") && knownExactly(lower.substring(0, length - 3) + "y");
    }

    /**
     * Whether the reference has the word in capitals ("FAO"): a run of capitalised English words
     * whose initials spell it ("Food and Agriculture Organisation") is its expansion.
     */
    boolean hasAcronym(String initials) {
        return acronyms.contains(initials);
    }

    /**
     * Two capitalised words of the reference with one space between, written as one ("Bantar
     * Gebang" supports "Bantargebang", "Kelapa Gading" supports "Kelapagading"): Indonesian place
     * names are written both ways. And the acronyms, for {@link #hasAcronym}.
     */
    private void addJoinedNamesAndAcronyms(String reference) {
        Matcher m = LETTERS.matcher(reference);
        int previousEnd = -1;
        String previous = null;
        while (m.find()) {
            String word = m.group();
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            if (word.length() >= 2 && word.length() <= MAX_ACRONYM && word.equals(word.toUpperCase(Locale.ROOT))) {
                acronyms.add(word);
            }
            if (previous != null
                    && capitalised
                    && m.start() == previousEnd + 1
                    && reference.charAt(previousEnd) == ' ') {
                addWord((previous + word).toLowerCase(Locale.ROOT));
            }
            previous = capitalised ? word : null;
            previousEnd = m.end();
        }
    }

    /** A rendering as given, or a word of the reference (by skeleton) of at least four letters. */
    private boolean knownExactly(String base) {
        if (stems.contains(base)) {
            return true;
        }
        if (base.length() < MIN_STEM) {
            return false;
        }
        if (hasSkeleton(Spelling.skeleton(base))) {
            return true;
        }
        boolean tion = base.endsWith("tion") || base.endsWith("sion");
        return tion && hasSkeleton(Spelling.skeleton(base.substring(0, base.length() - 4) + "si"));
    }

    private boolean hasSkeleton(String skeleton) {
        return skeletons.contains(skeleton) || isSlip(skeleton);
    }

    /**
     * Whether the skeleton is a typing slip of a long word of the reference: that word with two
     * neighbouring letters swapped, or with a letter dropped ("australia" of "ausrtralia"); the
     * first letter is never moved or dropped. A swap is undone here and looked up; a dropped
     * letter is sought among the long skeletons that start with the letters before it, one
     * lookup per distinct letter that follows them in the reference, so a lookup costs a few
     * dozen tree lookups however large the reference.
     */
    private boolean isSlip(String skeleton) {
        int length = skeleton.length();
        if (length < MIN_TYPO - 1 || length > MAX_TYPO || longSkeletons.isEmpty()) {
            return false;
        }
        if (length >= MIN_TYPO) {
            char[] letters = skeleton.toCharArray();
            for (int k = 1; k + 1 < length; k++) {
                if (letters[k] != letters[k + 1]) {
                    swap(letters, k);
                    boolean found = longSkeletons.contains(new String(letters));
                    swap(letters, k);
                    if (found) {
                        return true;
                    }
                }
            }
        }
        if (length + 1 < MIN_DROPPED) {
            return false;
        }
        for (int k = 1; k <= length; k++) {
            if (hasWithOneMore(skeleton, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a long skeleton is the given one with one letter more at {@code k}. */
    private boolean hasWithOneMore(String skeleton, int k) {
        String before = skeleton.substring(0, k);
        String after = skeleton.substring(k);
        String from = before;
        while (true) {
            String next = longSkeletons.ceiling(from);
            if (next == null || !next.startsWith(before)) {
                return false;
            }
            if (next.length() == k) {
                from = next + Character.MIN_VALUE;
                continue;
            }
            char extra = next.charAt(k);
            if (longSkeletons.contains(before + extra + after)) {
                return true;
            }
            if (extra == Character.MAX_VALUE) {
                return false;
            }
            from = before + (char) (extra + 1);
        }
    }

    private boolean closeVariant(String skeleton) {
        if (skeleton.length() < STEM) {
            return false;
        }
        Long lengths = lengthsByStart.get(skeleton.substring(0, STEM));
        if (lengths == null) {
            return false;
        }
        int length = Math.min(skeleton.length(), MAX_LENGTH);
        long near = 0;
        for (int k = Math.max(0, length - 2); k <= Math.min(MAX_LENGTH, length + 2); k++) {
            near |= 1L << k;
        }
        return (lengths & near) != 0;
    }

    private void addWords(String text) {
        letterRuns(text).forEach(this::addWord);
    }

    private void addWord(String lower) {
        String skeleton = Spelling.skeleton(lower);
        if (skeletons.add(skeleton) && skeleton.length() >= STEM) {
            long length = 1L << Math.min(skeleton.length(), MAX_LENGTH);
            lengthsByStart.merge(skeleton.substring(0, STEM), length, (a, b) -> a | b);
            if (skeleton.length() >= MIN_TYPO && skeleton.length() <= MAX_TYPO) {
                longSkeletons.add(skeleton);
            }
        }
    }

    private static void swap(char[] letters, int k) {
        char first = letters[k];
        letters[k] = letters[k + 1];
        letters[k + 1] = first;
    }

    /** A lexicon rendering: a stem ("provinc"), a word, or words ("take part", "per cent"). */
    private void addStem(String rendering) {
        Set<String> words = letterRuns(rendering);
        if (words.size() != 1) {
            words.forEach(this::addWord);
            return;
        }
        String stem = words.iterator().next();
        stems.add(stem);
        longestStem = Math.max(longestStem, stem.length());
    }

    /** The distinct runs of letters in the text, in lower case. */
    private static Set<String> letterRuns(String text) {
        Set<String> runs = new HashSet<>();
        Matcher m = LETTERS.matcher(text);
        while (m.find()) {
            runs.add(m.group().toLowerCase(Locale.ROOT));
        }
        return runs;
    }
}
