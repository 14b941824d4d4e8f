package warta.core.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;

/**
 * Turns chunks back into the source segments they hold, and segment translations back into
 * paragraphs. A chunk holds whole paragraphs, except that a paragraph over the budget is spread
 * over several chunks; its pieces are translated apart and joined again with a space, so the
 * translation has exactly one paragraph per source paragraph.
 */
final class Segments {

    private Segments() {}

    /** The segments of each chunk, in order; the title (if any) leads the first chunk. */
    static List<List<Segment>> of(List<String> paragraphs, List<Chunk> chunks, String title) {
        int[] starts = starts(paragraphs);
        String text = Chunker.join(paragraphs);
        List<List<Segment>> result = new ArrayList<>();
        for (Chunk chunk : chunks) {
            List<Segment> segments = new ArrayList<>();
            if (result.isEmpty() && title != null && !title.isBlank()) {
                segments.add(new Segment(Segment.TITLE, title));
            }
            int from = chunk.start();
            while (from < chunk.end()) {
                int separator = text.indexOf(Chunker.PARAGRAPH_SEPARATOR, from);
                int to = separator < 0 || separator >= chunk.end() ? chunk.end() : separator;
                segments.add(new Segment(paragraphAt(starts, from), text.substring(from, to)));
                from = to + Chunker.PARAGRAPH_SEPARATOR.length();
            }
            result.add(segments);
        }
        return result;
    }

    /** Joins translated segments into one English paragraph per source paragraph. */
    static List<String> join(int paragraphCount, List<Segment> segments, List<String> translations) {
        StringBuilder[] joined = new StringBuilder[paragraphCount];
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.isTitle()) {
                continue;
            }
            StringBuilder paragraph = joined[segment.paragraph()];
            if (paragraph == null) {
                joined[segment.paragraph()] = new StringBuilder(translations.get(i));
            } else if (!translations.get(i).isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(translations.get(i));
            }
        }
        return Arrays.stream(joined).map(b -> b == null ? "" : b.toString()).toList();
    }

    private static int[] starts(List<String> paragraphs) {
        int[] starts = new int[paragraphs.size()];
        int offset = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            starts[i] = offset;
            offset += paragraphs.get(i).length() + Chunker.PARAGRAPH_SEPARATOR.length();
        }
        return starts;
    }

    private static int paragraphAt(int[] starts, int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }
}
