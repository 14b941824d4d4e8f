package warta.core.summarize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.sentence.SentenceSplitter;

/**
 * The text a summary is written from, as the model sees it: one line per sentence, each starting
 * with the numbers of the article's sentences it says, in brackets ({@code [12] ...} or
 * {@code [12,13] ...}), and a blank line between paragraphs. The numbers are 1-based positions in
 * the article's sentence list, the cleaned source paragraphs split by
 * {@link SentenceSplitter#splitEach} and flattened: the list {@code inspect} prints. So they are
 * the same however the text is later cut into parts, and a summary's {@code sources} index that
 * list.
 *
 * <p>From the source alone ({@link #of(List)}) each line is one source sentence under its own
 * number. From a translation ({@link #of(List, List)}) each line is one English sentence of
 * paragraph i, under the numbers of the source sentences of paragraph i it translates: one to one
 * when both have as many sentences; else by position, each English sentence under every source
 * sentence whose share of the paragraph (in characters) overlaps its own by at least half of the
 * shorter of the two, or, when none does, the one it overlaps most. A paragraph whose English is
 * blank is left out, and its numbers with it. Immutable and thread-safe.
 */
public final class SourceLines {

    /**
     * One line: a sentence and the numbers of the article's sentences it says.
     *
     * @param sources 1-based sentence numbers, ascending, at least one
     * @param text the sentence, on one line
     */
    public record Line(List<Integer> sources, String text) {

        public Line {
            Objects.requireNonNull(text, "text");
            sources = List.copyOf(sources);
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("a line needs at least one sentence number: " + text);
            }
            text = text.replaceAll("\\s+", " ").strip();
        }

        /** The line as the model reads it: {@code [3] text} or {@code [3,4] text}. */
        public String render() {
            return label() + " " + text;
        }

        private String label() {
            return "[" + String.join(",", sources.stream().map(String::valueOf).toList()) + "]";
        }
    }

    private static final SentenceSplitter SPLITTER = SentenceSplitter.indonesian();

    private final List<List<Line>> paragraphs;

    private SourceLines(List<List<Line>> paragraphs) {
        this.paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** The cleaned source paragraphs, one line per sentence. */
    public static SourceLines of(List<String> source) {
        List<List<Line>> paragraphs = new ArrayList<>();
        int number = 1;
        for (List<String> sentences : SPLITTER.splitEach(source)) {
            List<Line> lines = new ArrayList<>();
            for (String sentence : sentences) {
                lines.add(new Line(List.of(number++), sentence));
            }
            paragraphs.add(lines);
        }
        return new SourceLines(paragraphs);
    }

    /**
     * The English of the cleaned source paragraphs ({@code english.get(i)} translates
     * {@code source.get(i)}), one line per English sentence.
     */
    public static SourceLines of(List<String> source, List<String> english) {
        if (source.size() != english.size()) {
            throw new IllegalArgumentException(
                    "one English paragraph per source paragraph: " + source.size() + " and " + english.size());
        }
        List<List<Line>> paragraphs = new ArrayList<>();
        int first = 1;
        List<List<String>> split = SPLITTER.splitEach(source);
        for (int p = 0; p < split.size(); p++) {
            List<String> from = split.get(p);
            List<String> to = SPLITTER.split(english.get(p));
            if (!from.isEmpty() && !to.isEmpty()) {
                List<List<Integer>> aligned = align(to, from);
                List<Line> lines = new ArrayList<>();
                for (int i = 0; i < to.size(); i++) {
                    int offset = first;
                    lines.add(new Line(
                            aligned.get(i).stream().map(k -> k + offset).toList(), to.get(i)));
                }
                paragraphs.add(lines);
            }
            first += from.size();
        }
        return new SourceLines(paragraphs);
    }

    /** The lines, paragraph by paragraph. */
    public List<List<Line>> lines() {
        return paragraphs;
    }

    /** The paragraphs as the model reads them: lines separated by a line break. */
    public List<String> paragraphs() {
        return paragraphs.stream()
                .map(lines -> String.join("\n", lines.stream().map(Line::render).toList()))
                .toList();
    }

    /** The whole text as the model reads it: the {@link #paragraphs()} separated by a blank line. */
    public String text() {
        return Chunker.join(paragraphs());
    }

    /** The sentence numbers the lines show: the only ones a summary may cite. */
    public Set<Integer> numbers() {
        Set<Integer> numbers = new TreeSet<>();
        paragraphs.forEach(lines -> lines.forEach(line -> numbers.addAll(line.sources())));
        return numbers;
    }

    /**
     * The sentences of the lines that say any of the sentences {@code numbers} (1-based), without
     * their labels, one per line: the evidence a statement citing those numbers rests on.
     */
    public String cited(Collection<Integer> numbers) {
        List<String> texts = new ArrayList<>();
        for (List<Line> lines : paragraphs) {
            for (Line line : lines) {
                if (line.sources().stream().anyMatch(numbers::contains)) {
                    texts.add(line.text());
                }
            }
        }
        return String.join("\n", texts);
    }

    /**
     * The text of {@code chunk}, which a {@link Chunker} cut from {@link #text()}; when it starts
     * inside a line (a line too long for one chunk), the label of that line is put in front, so
     * that every part the model reads says which sentences it holds.
     */
    public String part(Chunk chunk) {
        String text = text();
        int lineStart = text.lastIndexOf('\n', chunk.start() - 1) + 1;
        if (lineStart == chunk.start()) {
            return chunk.text();
        }
        return text.substring(lineStart, text.indexOf(']', lineStart) + 1) + " " + chunk.text();
    }

    /** For each English sentence, the 0-based indexes of the source sentences it translates. */
    static List<List<Integer>> align(List<String> english, List<String> source) {
        List<List<Integer>> aligned = new ArrayList<>();
        if (english.size() == source.size()) {
            for (int i = 0; i < english.size(); i++) {
                aligned.add(List.of(i));
            }
            return aligned;
        }
        double[] to = bounds(english);
        double[] from = bounds(source);
        for (int i = 0; i < english.size(); i++) {
            List<Integer> matches = new ArrayList<>();
            int best = 0;
            double bestOverlap = -1;
            for (int k = 0; k < source.size(); k++) {
                double overlap = Math.min(to[i + 1], from[k + 1]) - Math.max(to[i], from[k]);
                double shorter = Math.min(to[i + 1] - to[i], from[k + 1] - from[k]);
                if (overlap > 0 && overlap >= shorter / 2) {
                    matches.add(k);
                }
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = k;
                }
            }
            aligned.add(matches.isEmpty() ? List.of(best) : matches);
        }
        return aligned;
    }

    /** Where each sentence starts and ends as a share of the paragraph's characters: n + 1 bounds from 0 to 1. */
    private static double[] bounds(List<String> sentences) {
        double total = sentences.stream().mapToInt(s -> s.length() + 1).sum();
        double[] bounds = new double[sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            bounds[i + 1] = bounds[i] + (sentences.get(i).length() + 1) / total;
        }
        bounds[sentences.size()] = 1;
        return bounds;
    }

    @Override
    public String toString() {
        return text();
    }
}
