package warta.core.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Strips what a model adds around a translation, and nothing else.
 *
 * <p>Removed: {@code <article>} (and {@code <translation>}) tags echoed back; code-fence lines
 * ({@code ```} or {@code ```text}); leading chat and labels ("Sure! Here's the English
 * translation of the article:", "Here is the translation:", "Translation:", "Berikut
 * terjemahannya:", a lone "Sure!"); a "Translation:" label in front of content on the same line;
 * trailing notes ("Note: ...", "(Note: ...)", "Notes:" with a list, "I translated X as Y",
 * "Let me know ..."); and the source echoed before or after the translation, when a source is
 * given.
 *
 * <p>Never removed: content. Every rule needs a marker that the line is talk about the
 * translation (the words translation, terjemahan, note, "I translated"), preambles are only
 * looked for before the first content line and notes only after the last, and an echo is only
 * recognised as a run of whole paragraphs at the start or the end whose words all stand, in
 * order, in the source and that together hold at least half of the source's words; an output
 * that is nothing but the source is returned as is (that is an untranslated answer, for the
 * checks to report). Numbered paragraph markers such as {@code [1] } are kept. Line breaks inside
 * the text are kept; the result is stripped of leading and trailing whitespace.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelOutput {

    private static final int MAX_PASSES = 4;

    private ModelOutput() {}

    /**
     * The translation in {@code raw} without the model's additions.
     *
     * @param raw what the model answered
     * @param source the text that was translated, or {@code null} when unknown (then an echoed
     *     source cannot be recognised)
     */
    public static String clean(String raw, String source) {
        if (raw == null) {
            throw new IllegalArgumentException("raw must not be null");
        }
        String text =
                ModelOutputLines.ARTICLE_TAG.matcher(raw.replace("\r\n", "\n")).replaceAll("");
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.removeIf(line -> ModelOutputLines.FENCE.matcher(line).matches());
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int before = String.join("\n", lines).strip().length();
            stripPreamble(lines);
            stripNotes(lines);
            if (source != null) {
                ModelOutputEcho.strip(lines, source);
            }
            if (String.join("\n", lines).strip().length() == before) {
                break;
            }
        }
        return String.join("\n", lines).strip();
    }

    private static void stripPreamble(List<String> lines) {
        while (true) {
            int first = firstContent(lines);
            if (first < 0) {
                return;
            }
            String line = lines.get(first);
            if (ModelOutputLines.isPreamble(line) && hasContentAfter(lines, first)) {
                lines.remove(first);
                continue;
            }
            String unlabelled = ModelOutputLines.withoutInlineLabel(line);
            if (!unlabelled.equals(line) && !unlabelled.isBlank()) {
                lines.set(first, unlabelled);
            }
            return;
        }
    }

    /** Removes a trailing run of notes: from a note's first line to the end. */
    private static void stripNotes(List<String> lines) {
        int cut = -1;
        boolean inNote = false;
        for (int i = lines.size() - 1; i > 0; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (ModelOutputLines.startsNote(line) && hasContentBefore(lines, i)) {
                cut = i;
                inNote = true;
            } else if (!ModelOutputLines.isListOrRule(line) && !continuesNote(lines, i)) {
                break;
            }
        }
        if (inNote) {
            lines.subList(cut, lines.size()).clear();
        }
        int last = lastContent(lines);
        if (last >= 0) {
            String stripped =
                    ModelOutputLines.TRAILING_NOTE.matcher(lines.get(last)).replaceFirst("");
            if (!stripped.isBlank()) {
                lines.set(last, stripped);
            }
        }
    }

    /** A line inside a note paragraph: the paragraph, read upwards, reaches a note's first line. */
    private static boolean continuesNote(List<String> lines, int i) {
        for (int k = i - 1; k >= 0 && !lines.get(k).isBlank(); k--) {
            if (ModelOutputLines.startsNote(lines.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasContentAfter(List<String> lines, int i) {
        return lines.subList(i + 1, lines.size()).stream().anyMatch(line -> !line.isBlank());
    }

    private static boolean hasContentBefore(List<String> lines, int i) {
        return lines.subList(0, i).stream().anyMatch(line -> !line.isBlank() && !ModelOutputLines.isPreamble(line));
    }

    static int firstContent(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static int lastContent(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static String words(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("\\[\\d+]", " ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
