package warta.core.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns finished chunks into listener events: the title with the first chunk, and a paragraph
 * once all of its segments (it may span chunks) are translated, joined as {@link Segments#join}
 * joins them, so the reported text is the finished translation's. Thread-safe.
 */
final class Progress {

    private final List<List<Segment>> segments;
    private final TranslationListener listener;
    private final int[] pending;
    /** Per paragraph, its translated pieces by chunk index (a paragraph is in a chunk at most once). */
    private final List<TreeMap<Integer, String>> parts = new ArrayList<>();

    Progress(int paragraphs, List<List<Segment>> segments, TranslationListener listener) {
        this.segments = segments;
        this.listener = listener;
        this.pending = new int[paragraphs];
        for (int i = 0; i < paragraphs; i++) {
            parts.add(new TreeMap<>());
        }
        for (List<Segment> chunk : segments) {
            for (Segment s : chunk) {
                if (!s.isTitle()) {
                    pending[s.paragraph()]++;
                }
            }
        }
    }

    void started(int chunk) {
        listener.chunkStarted(chunk, segments.size());
    }

    void finished(int chunk, List<String> english) {
        List<Integer> done = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String title = null;
        synchronized (this) {
            List<Segment> chunkSegments = segments.get(chunk);
            for (int i = 0; i < chunkSegments.size(); i++) {
                Segment s = chunkSegments.get(i);
                if (s.isTitle()) {
                    title = english.get(i);
                    continue;
                }
                parts.get(s.paragraph()).put(chunk, english.get(i));
                if (--pending[s.paragraph()] == 0) {
                    done.add(s.paragraph());
                    texts.add(Segments.joinPieces(parts.get(s.paragraph()).values()));
                }
            }
        }
        if (title != null) {
            listener.titleTranslated(title);
        }
        for (int i = 0; i < done.size(); i++) {
            listener.paragraphTranslated(done.get(i), texts.get(i));
        }
        listener.chunkFinished(chunk, segments.size());
    }
}
