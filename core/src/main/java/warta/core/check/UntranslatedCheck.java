package warta.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.lang.LanguageDetector;
import warta.core.sentence.SentenceSplitter;
import warta.core.sentence.Span;

/**
 * Finds Indonesian left in an English translation: whole sentences, and passages of at least
 * {@value #MIN_SPAN_WORDS} consecutive Indonesian words inside an English sentence.
 *
 * <p>A sentence is Indonesian when it has at least two pieces of Indonesian evidence (function
 * words such as yang, dan, di, untuk, tidak, tersebut, or affixed words such as
 * {@code mengatakan}, {@code rumahnya}) and at most a third as many English function words, and
 * the evidence makes up at least {@value #MIN_EVIDENCE_SHARE} of its words. A sentence with no
 * English function word and too little word evidence (a headline: "Warga tolak relokasi pasar")
 * is passed to the {@link LanguageDetector}, which is unreliable on short text and so only decides
 * these cases, and only for sentences of at least {@value #MIN_DETECTOR_LETTERS} letters that are
 * mostly lowercase. A passage inside an English sentence is a run of words with no English
 * function word that holds at least {@value #MIN_SPAN_EVIDENCE} lowercase evidence words.
 *
 * <p>Not flagged, by design: proper names, titles and place names ("Jalan Sudirman",
 * "Kabupaten Bogor", "Dewan Perwakilan Rakyat"), which are capitalised and so give no lowercase
 * evidence; quoted single terms ("gotong royong"); abbreviations (DPR, KPK, Polri, TNI); sentences
 * of fewer than {@value #MIN_WORDS} words. Missed, by design: Indonesian written in title case
 * ("Atap Sekolah Ambruk") and short phrases.
 *
 * <p>Stateless and thread-safe.
 */
public final class UntranslatedCheck {

    static final int MIN_WORDS = 3;
    static final int MIN_SPAN_WORDS = 5;
    static final int MIN_SPAN_EVIDENCE = 2;
    static final double MIN_EVIDENCE_SHARE = 0.15;
    static final int MIN_DETECTOR_LETTERS = 20;
    static final int MIN_HEADLINE_WORDS = 2;
    static final double MIN_HEADLINE_SHARE = 0.4;

    private final LanguageDetector detector = new LanguageDetector();

    /**
     * Indonesian sentences and passages in the translation, in order; each finding carries the
     * index of its translation paragraph and the Indonesian text verbatim.
     */
    public List<Finding> check(List<String> translationParagraphs) {
        Objects.requireNonNull(translationParagraphs, "translationParagraphs");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < translationParagraphs.size(); i++) {
            String paragraph = Objects.requireNonNull(translationParagraphs.get(i), "paragraph " + i);
            for (Span span : SentenceSplitter.indonesian().spans(paragraph)) {
                check(i, span.of(paragraph), findings);
            }
        }
        return List.copyOf(findings);
    }

    private void check(int paragraph, String sentence, List<Finding> findings) {
        List<Words.Token> tokens = Words.tokens(sentence);
        if (isIndonesian(sentence, tokens)) {
            findings.add(new Finding(paragraph, sentence, "sentence left in Indonesian"));
            return;
        }
        for (String passage : passages(sentence, tokens)) {
            findings.add(new Finding(paragraph, passage, "Indonesian passage left in the translation"));
        }
    }

    boolean isIndonesian(String sentence, List<Words.Token> tokens) {
        if (tokens.size() < MIN_WORDS) {
            return false;
        }
        int evidence = 0;
        int english = 0;
        int lowercase = 0;
        for (Words.Token token : tokens) {
            evidence += Words.isIndonesianEvidence(token.text()) ? 1 : 0;
            english += Words.isEnglishFunctionWord(token.text()) ? 1 : 0;
            lowercase += token.lowercase() ? 1 : 0;
        }
        if (evidence >= 2 && english * 3 <= evidence && evidence >= MIN_EVIDENCE_SHARE * tokens.size()) {
            return true;
        }
        if (english == 0 && isIndonesianHeadline(tokens)) {
            return true;
        }
        return english == 0 && lowercase * 2 >= tokens.size() && detectedIndonesian(sentence);
    }

    /**
     * A sentence without English function words, in any case ("Kebakaran Hutan di Riau"), is
     * Indonesian when at least {@value #MIN_HEADLINE_WORDS} of its words, and
     * {@value #MIN_HEADLINE_SHARE} of them, are Indonesian evidence or common Indonesian words
     * from the {@link Lexicon} that are not also English ("bank", "data" are not counted).
     */
    static boolean isIndonesianHeadline(List<Words.Token> tokens) {
        long indonesian = tokens.stream()
                .filter(t -> Words.isIndonesianEvidence(t.text()) || Lexicon.isIndonesianOnly(t.text()))
                .count();
        return indonesian >= MIN_HEADLINE_WORDS && indonesian >= MIN_HEADLINE_SHARE * tokens.size();
    }

    private boolean detectedIndonesian(String sentence) {
        if (sentence.codePoints().filter(Character::isLetter).count() < MIN_DETECTOR_LETTERS) {
            return false;
        }
        String code = detector.detect(List.of(sentence)).code();
        return code.equals("id") || code.equals("ms");
    }

    /** Runs of at least five words without an English function word and with Indonesian evidence. */
    static List<String> passages(String sentence, List<Words.Token> tokens) {
        List<String> passages = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || Words.isEnglishFunctionWord(tokens.get(i).text())) {
                addPassage(sentence, tokens.subList(start, i), passages);
                start = i + 1;
            }
        }
        return passages;
    }

    /** A capitalised word with no Indonesian evidence at a passage's start: a name or "Jl.", not Indonesian. */
    private static boolean isNameLike(Words.Token token) {
        return token.capitalised()
                && !Words.isIndonesianEvidence(token.text())
                && !Lexicon.isIndonesianOnly(token.text());
    }

    private static void addPassage(String sentence, List<Words.Token> run, List<String> passages) {
        if (run.size() < MIN_SPAN_WORDS) {
            return;
        }
        long evidence = run.stream()
                .filter(t -> t.lowercase() && Words.isIndonesianEvidence(t.text()))
                .count();
        long lowercase = run.stream().filter(Words.Token::lowercase).count();
        if (evidence >= MIN_SPAN_EVIDENCE && lowercase >= 3) {
            int first = 0;
            while (isNameLike(run.get(first))) {
                first++;
            }
            passages.add(
                    sentence.substring(run.get(first).start(), run.getLast().end()));
        }
    }
}
