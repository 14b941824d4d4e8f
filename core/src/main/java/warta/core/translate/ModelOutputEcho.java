package warta.core.translate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the source echoed back around a translation: a run of whole paragraphs at the start or at
 * the end of the output whose words, taken together, appear in order in the source and make up at
 * least half of the source's words. Whatever remains must hold content, so an output that is only
 * the source is left alone.
 */
final class ModelOutputEcho {

    private static final double MIN_SHARE = 0.5;

    private ModelOutputEcho() {}

    static void strip(List<String> lines, String source) {
        String sourceWords = " " + ModelOutput.words(source) + " ";
        if (sourceWords.isBlank()) {
            return;
        }
        List<int[]> paragraphs = paragraphs(lines);
        int lead = echoed(lines, paragraphs, sourceWords, true);
        if (lead > 0 && lead < paragraphs.size()) {
            lines.subList(0, paragraphs.get(lead)[0]).clear();
            return;
        }
        int trail = echoed(lines, paragraphs, sourceWords, false);
        if (trail > 0 && trail < paragraphs.size()) {
            lines.subList(paragraphs.get(paragraphs.size() - trail)[0], lines.size())
                    .clear();
        }
    }

    /** How many paragraphs from one end form the echo; 0 when they do not. */
    private static int echoed(List<String> lines, List<int[]> paragraphs, String sourceWords, boolean fromStart) {
        StringBuilder run = new StringBuilder();
        int best = 0;
        for (int k = 0; k < paragraphs.size(); k++) {
            int[] p = paragraphs.get(fromStart ? k : paragraphs.size() - 1 - k);
            String words = ModelOutput.words(String.join("\n", lines.subList(p[0], p[1])));
            if (words.isEmpty()) {
                continue;
            }
            if (!sourceWords.contains(" " + words + " ")) {
                break;
            }
            run.append(run.isEmpty() ? "" : " ").append(words);
            if (run.length() >= MIN_SHARE * (sourceWords.length() - 2)) {
                best = k + 1;
            }
        }
        return best;
    }

    /** Paragraphs as [first line, end line) ranges, a paragraph ending at a blank line. */
    private static List<int[]> paragraphs(List<String> lines) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (!blank && start < 0) {
                start = i;
            } else if (blank && start >= 0) {
                paragraphs.add(new int[] {start, i});
                start = -1;
            }
        }
        return paragraphs;
    }
}
