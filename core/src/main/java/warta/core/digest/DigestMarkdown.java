package warta.core.digest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest as Markdown: {@code # Digest}, the overview, then per story {@code ## headline (first –
 * last)}, its sentences with citation marks ({@code [1]}, {@code [2, s3]}), its key points and the
 * lines where outlets disagree; then {@code ## Sources} ({@code [n] outlet, date, title,
 * location}) and {@code ## Checks}. Stateless.
 */
final class DigestMarkdown {

    /** What would open a numbered list at the start of a line: {@code 1. } or {@code 1) }. */
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)[.)](\\s|$)");

    private DigestMarkdown() {}

    static String render(Digest digest) {
        StringBuilder out = new StringBuilder("# Digest\n\n");
        if (!digest.overview().isEmpty()) {
            out.append(statements(digest.overview())).append("\n\n");
        }
        for (DigestStory story : digest.stories()) {
            out.append("## ")
                    .append(line(story.headline()))
                    .append(" (")
                    .append(DigestWriter.dates(story.firstDate(), story.lastDate()))
                    .append(")\n\n");
            if (!story.sentences().isEmpty()) {
                out.append(statements(story.sentences())).append("\n\n");
            }
            if (!story.keyPoints().isEmpty()) {
                out.append("Key points:\n");
                story.keyPoints()
                        .forEach(p -> out.append("- ").append(statement(p)).append('\n'));
                out.append('\n');
            }
            if (!story.disagreements().isEmpty()) {
                out.append("Outlets disagree:\n");
                story.disagreements()
                        .forEach(d -> out.append("- ")
                                .append(statement(new DigestStatement(d.text(), d.citations())))
                                .append('\n'));
                out.append('\n');
            }
            out.append("Sources: ")
                    .append(String.join(
                            ", ",
                            story.sources().stream().map(n -> "[" + n + "]").toList()))
                    .append("\n\n");
        }
        out.append("## Sources\n\n");
        for (DigestSource s : digest.sources()) {
            out.append('[').append(s.number()).append("] ").append(source(s)).append("  \n");
        }
        out.append("\n## Checks\n\n");
        if (digest.checks().passed()) {
            out.append("Every statement is supported by the sentences it cites.\n");
        } else {
            for (DigestFinding f : digest.checks().findings()) {
                out.append("- ")
                        .append(f.kind())
                        .append(f.story() == null ? " (overview)" : " (" + f.story() + ")")
                        .append(": \"")
                        .append(line(f.statement()))
                        .append("\": ")
                        .append(line(f.detail()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** {@code outlet, date, title, location}, unknown parts left out. */
    static String source(DigestSource s) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {
            s.outlet(), s.published(), s.title() == null ? null : "\"" + s.title() + "\"", s.location()
        }) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : ", ").append(line(part));
            }
        }
        return out.isEmpty() ? s.id() : out.toString();
    }

    private static String statements(List<DigestStatement> statements) {
        return String.join(
                " ", statements.stream().map(DigestMarkdown::statement).toList());
    }

    private static String statement(DigestStatement s) {
        String marks =
                String.join("", s.citations().stream().map(Citation::mark).toList());
        return line(s.text()) + (marks.isEmpty() ? "" : " " + marks);
    }

    /**
     * Model or article text as plain Markdown text on one line: a line break cannot start a heading
     * or a list, HTML tags, link and emphasis syntax are escaped (so {@code [x](javascript:...)}
     * stays text), and a leading {@code #}, {@code -}, {@code +}, {@code =} or {@code 1.} cannot
     * change the structure. Citation marks are added after this, so they stay readable.
     */
    static String line(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '[', ']', '*', '_', '`' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        Matcher numbered = NUMBERED.matcher(out);
        if (numbered.lookingAt()) {
            out.insert(numbered.end(1), '\\');
        } else if (!out.isEmpty() && "#+-=".indexOf(out.charAt(0)) >= 0) {
            out.insert(0, '\\');
        }
        return out.toString();
    }
}
