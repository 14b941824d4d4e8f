package warta.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.sentence.SentenceSplitter;

/**
 * Finds source text with no counterpart in the translation, where translation paragraph i is
 * meant to be the English of source paragraph i.
 *
 * <p>Paragraphs: a blank translation paragraph is reported whole. When the two lists differ in
 * length, the paragraphs are first aligned by length (see below) and every source paragraph left
 * without a translation is reported whole; the rest are compared as aligned.
 *
 * <p>Sentences: both sides are split into sentences and aligned, Gale-Church style, by length
 * and by the evidence words they share: numbers, names, loanwords and common words (a small
 * hand-written {@code Lexicon}). A source sentence the alignment pairs with an English sentence is
 * never reported, however freely that sentence renders it ("Belum ada tanda bahwa kedua aksi itu
 * saling berkaitan." and "There's no sign the protests are linked."). A sentence left without
 * English, or merged with a neighbour, is reported, verbatim, when the evidence says it was
 * dropped (see the package-private {@code Dropped}): its evidence words are missing from the
 * English beside it, weighed with how well that English's length fits the source without it (the
 * English is split by the same splitter, which keeps quotes and abbreviations whole). When the English
 * has at least as many sentences as the source, only a sentence whose own words are missing from
 * the whole English is reported. Sentences of fewer than {@value #MIN_LETTERS} letters are never
 * reported, and at least one sentence of a paragraph is always taken as translated.
 *
 * <p>Limits: a sentence replaced by a made-up one of similar length passes, and so does a dropped
 * sentence when another is split in two and the dropped one's words are few or unknown to the
 * lexicon; a sentence only partly translated is not reported. Paragraphs are aligned the same way
 * ({@code LengthAligner}).
 *
 * <p>Stateless and thread-safe.
 */
public final class OmittedCheck {

    static final int MIN_LETTERS = 10;
    static final String NO_COUNTERPART = "no counterpart in the translation";
    static final String EMPTY = "translation paragraph is empty";
    static final String NO_PARAGRAPH = "no translation for this paragraph";

    /** Source sentences and paragraphs missing from the translation, in source order. */
    public List<Finding> check(List<String> sourceParagraphs, List<String> translationParagraphs) {
        Objects.requireNonNull(sourceParagraphs, "sourceParagraphs");
        Objects.requireNonNull(translationParagraphs, "translationParagraphs");
        List<Finding> findings = new ArrayList<>();
        if (sourceParagraphs.size() == translationParagraphs.size()) {
            for (int i = 0; i < sourceParagraphs.size(); i++) {
                compare(sourceParagraphs, i, 1, translationParagraphs, i, 1, findings);
            }
        } else {
            for (LengthAligner.Bead bead : LengthAligner.align(sourceParagraphs, translationParagraphs)) {
                compare(
                        sourceParagraphs,
                        bead.source(),
                        bead.sourceCount(),
                        translationParagraphs,
                        bead.target(),
                        bead.targetCount(),
                        findings);
            }
        }
        return List.copyOf(findings);
    }

    private static void compare(
            List<String> source,
            int from,
            int count,
            List<String> translation,
            int to,
            int toCount,
            List<Finding> findings) {
        String english = String.join("\n\n", translation.subList(to, to + toCount));
        if (english.isBlank()) {
            for (int i = from; i < from + count; i++) {
                if (!source.get(i).isBlank()) {
                    findings.add(new Finding(i, source.get(i).strip(), toCount == 0 ? NO_PARAGRAPH : EMPTY));
                }
            }
            return;
        }
        List<Integer> paragraphOf = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            for (String sentence : SentenceSplitter.indonesian().split(source.get(i))) {
                sentences.add(sentence);
                paragraphOf.add(i);
            }
        }
        for (int k :
                Dropped.inAlignment(sentences, SentenceSplitter.indonesian().split(english))) {
            if (letters(sentences.get(k)) >= MIN_LETTERS) {
                findings.add(new Finding(paragraphOf.get(k), sentences.get(k), NO_COUNTERPART));
            }
        }
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }
}
