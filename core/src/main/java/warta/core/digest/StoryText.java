package warta.core.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import warta.core.chunk.TokenCounter;
import warta.core.summarize.SourceLines;
import warta.core.summarize.Statement;

/**
 * A story's reports as the model reads them: for each article a line {@code == [S] outlet, date,
 * "title"}, then its lines, each starting with {@code [S:N]} (the article's number in the source
 * list and the numbers of its sentences the line says). Either the whole English of every article
 * ({@link #full}), or, when that does not fit, each article's summary statements under the
 * sentences they cite ({@link #summarized}; an article without a summary keeps its full lines).
 * {@link #parts} cuts the reports into parts within a budget, for map-reduce. Immutable.
 */
final class StoryText {

    /** One line: the article's number, the sentence numbers, the text. */
    record Line(int source, List<Integer> sentences, String text) {

        String render() {
            return "[" + source + ":"
                    + String.join(",", sentences.stream().map(String::valueOf).toList()) + "] " + text;
        }
    }

    /** One article's lines, opened by its header line. */
    record Report(int source, String header, List<Line> lines) {

        String opening() {
            return "== [" + source + "] " + header;
        }
    }

    private final List<Report> reports;

    private StoryText(List<Report> reports) {
        this.reports = List.copyOf(reports);
    }

    /** Every article's English lines. */
    static StoryText full(List<Material> members) {
        return new StoryText(members.stream().map(StoryText::fullReport).toList());
    }

    /** Every article's summary statements (its full lines when it has no summary). */
    static StoryText summarized(List<Material> members) {
        List<Report> reports = new ArrayList<>();
        for (Material m : members) {
            if (m.summary() == null) {
                reports.add(fullReport(m));
                continue;
            }
            List<Line> lines = new ArrayList<>();
            List<Statement> statements = new ArrayList<>(m.summary().sentences());
            statements.addAll(m.summary().keyPoints());
            for (Statement s : statements) {
                if (!s.sources().isEmpty()) {
                    lines.add(new Line(
                            m.number(),
                            s.sources(),
                            s.text().replaceAll("\\s+", " ").strip()));
                }
            }
            reports.add(lines.isEmpty() ? fullReport(m) : new Report(m.number(), m.header(), lines));
        }
        return new StoryText(reports);
    }

    private static Report fullReport(Material m) {
        List<Line> lines = new ArrayList<>();
        for (List<SourceLines.Line> paragraph : m.english().lines()) {
            for (SourceLines.Line line : paragraph) {
                lines.add(new Line(m.number(), line.sources(), line.text()));
            }
        }
        return new Report(m.number(), m.header(), lines);
    }

    /** The text of the request: each report's opening and lines, a blank line between reports. */
    String text() {
        List<String> blocks = new ArrayList<>();
        for (Report report : reports) {
            List<String> lines = new ArrayList<>();
            lines.add(report.opening());
            report.lines().forEach(l -> lines.add(l.render()));
            blocks.add(String.join("\n", lines));
        }
        return String.join("\n\n", blocks);
    }

    /** The [source, sentence] pairs the lines show: the only ones a statement may cite. */
    Set<Cite> shown() {
        Set<Cite> shown = new LinkedHashSet<>();
        for (Report report : reports) {
            for (Line line : report.lines()) {
                line.sentences().forEach(n -> shown.add(new Cite(line.source(), n)));
            }
        }
        return shown;
    }

    /**
     * The reports cut into consecutive parts whose text is at most {@code budget} tokens each, a
     * report's opening repeated in every part that holds its lines; a single line longer than the
     * budget is a part of its own.
     */
    List<StoryText> parts(TokenCounter counter, int budget) {
        List<StoryText> parts = new ArrayList<>();
        List<Report> current = new ArrayList<>();
        int used = 0;
        for (Report report : reports) {
            List<Line> lines = new ArrayList<>();
            int opening = counter.count(report.opening()) + 2;
            for (Line line : report.lines()) {
                int tokens = counter.count(line.render()) + 1;
                int extra = lines.isEmpty() ? opening + tokens : tokens;
                if (used + extra > budget && (used > 0)) {
                    if (!lines.isEmpty()) {
                        current.add(new Report(report.source(), report.header(), lines));
                    }
                    parts.add(new StoryText(current));
                    current = new ArrayList<>();
                    lines = new ArrayList<>();
                    used = 0;
                    extra = opening + tokens;
                }
                lines.add(line);
                used += extra;
            }
            if (!lines.isEmpty()) {
                current.add(new Report(report.source(), report.header(), lines));
            }
        }
        if (!current.isEmpty()) {
            parts.add(new StoryText(current));
        }
        return parts;
    }
}
