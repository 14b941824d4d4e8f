package warta.core.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
        List<List<String>> pieces = new ArrayList<>();
        for (int i = 0; i < paragraphCount; i++) {
            pieces.add(new ArrayList<>());
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).isTitle()) {
                pieces.get(segments.get(i).paragraph()).add(translations.get(i));
            }
        }
        return pieces.stream().map(Segments::joinPieces).toList();
    }

    /** The translated pieces of one paragraph, in order, as one paragraph: joined by a space, empty pieces left out. */
    static String joinPieces(Collection<String> pieces) {
        StringBuilder paragraph = new StringBuilder();
        for (String piece : pieces) {
            if (!piece.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(piece);
            }
        }
        return paragraph.toString();
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
