package warta.core.digest;

import java.util.List;

/**
 * A digest as Markdown: {@code # Digest}, the overview, then per story {@code ## headline (first –
 * last)}, its sentences with citation marks ({@code [1]}, {@code [2, s3]}), its key points and the
 * lines where outlets disagree; then {@code ## Sources} ({@code [n] outlet, date, title,
 * location}) and {@code ## Checks}. Stateless.
 */
final class DigestMarkdown {

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

    /** The text on one line, so a model's line break cannot start a heading or a list. */
    private static String line(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
