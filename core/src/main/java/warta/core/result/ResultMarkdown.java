package warta.core.result;

import java.util.ArrayList;
import java.util.List;
import warta.core.check.Checks;
import warta.core.check.Finding;
import warta.core.check.TermUse;
import warta.core.meta.Metadata;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.usage.Usage;

/**
 * The Markdown form of a result, in the order the work is done, so a translation can be printed
 * as it comes ({@link LiveResult}): title, a line of metadata, the translation, the summary card
 * (each sentence and key point with the numbers of the source sentences it cites, "[sources: 3,
 * 5]"), the checks (failures listed with the offending text), the renderings used for terms (when
 * there are any), and the source and usage.
 * Stateless.
 */
public final class ResultMarkdown {

    private ResultMarkdown() {}

    public static String render(ArticleResult r) {
        StringBuilder out = new StringBuilder();
        out.append(head(title(r), r.metadata()));
        if (r.translation() != null) {
            out.append(TRANSLATION_HEADING);
            if (r.translation().skipped() != null) {
                out.append("*Not translated: ")
                        .append(r.translation().skipped())
                        .append(".*\n\n");
            }
            out.append(String.join(ResultText.PARAGRAPH_BREAK, r.translation().paragraphs()))
                    .append("\n\n");
        }
        if (r.summary() != null) {
            out.append("## Summary\n\n");
            summary(out, r.summary());
        }
        checks(out, r.checks(), r.notes());
        terms(out, r.terms());
        Usage u = r.usage();
        out.append("---\n\nSource: ")
                .append(r.source().label())
                .append(" · ")
                .append(u.provider())
                .append('/')
                .append(u.model())
                .append(" · ")
                .append(u.requests())
                .append(" requests")
                .append(u.cachedRequests() > 0 ? " (+" + u.cachedRequests() + " from the cache)" : "")
                .append(", ")
                .append(u.inputTokens())
                .append(" tokens in")
                .append(
                        u.cachedInputTokens() > 0
                                ? " (" + u.cachedInputTokens() + " from the model's prompt cache)"
                                : "")
                .append(", ")
                .append(u.outputTokens())
                .append(" out")
                .append(u.estimated() ? " (estimated)" : "")
                .append(" · prompts ")
                .append(u.promptVersion())
                .append('\n');
        return out.toString();
    }

    static final String TRANSLATION_HEADING = "## Translation\n\n";

    /** The title line and the line of metadata: what comes before the translation. */
    static String head(String title, Metadata metadata) {
        String about = about(metadata);
        return "# " + title + "\n\n" + (about.isEmpty() ? "" : "*" + about + "*\n\n");
    }

    private static String title(ArticleResult r) {
        if (r.translation() != null
                && r.translation().title() != null
                && !r.translation().title().isBlank()) {
            return r.translation().title();
        }
        if (r.summary() != null) {
            return r.summary().headline();
        }
        return r.metadata().title() != null ? r.metadata().title() : r.id();
    }

    private static String about(Metadata m) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {
            m.outlet(),
            m.dateline(),
            m.published() == null ? null : m.published().toString(),
            m.byline()
        }) {
            if (part != null) {
                parts.add(part);
            }
        }
        return String.join(" · ", parts);
    }

    /** The summary card; each sentence and key point is followed by the numbers of the source sentences it cites. */
    private static void summary(StringBuilder out, Summary s) {
        out.append("> **").append(s.headline()).append("**\n>\n>");
        for (Statement sentence : s.sentences()) {
            out.append(' ').append(sentence.text()).append(' ').append(sources(sentence));
        }
        out.append("\n>\n");
        for (Statement point : s.keyPoints()) {
            out.append("> - ")
                    .append(point.text())
                    .append(' ')
                    .append(sources(point))
                    .append('\n');
        }
        out.append('\n');
    }

    /** "[sources: 3, 5]": the 1-based numbers of the article's sentences, as {@code inspect} lists them. */
    private static String sources(Statement statement) {
        if (statement.sources().isEmpty()) {
            return "[sources: none]";
        }
        return "[sources: "
                + String.join(
                        ", ", statement.sources().stream().map(String::valueOf).toList()) + "]";
    }

    private static void checks(StringBuilder out, Checks checks, List<String> notes) {
        out.append("## Checks\n\n");
        if (checks.passed()) {
            out.append("All checks passed.\n\n");
        }
        list(out, "Left untranslated", checks.untranslated());
        list(out, "Omitted", checks.omitted());
        list(out, "Not supported by the text", checks.unsupported());
        list(out, "Rendered more than one way", checks.inconsistent());
        list(out, "Not done", checks.incomplete());
        for (String note : notes) {
            out.append("- Note: ").append(note).append('\n');
        }
        if (!notes.isEmpty()) {
            out.append('\n');
        }
    }

    /** "**Terms**: Kementerian Luar Negeri: Foreign Ministry (2); ...", only when there are any. */
    private static void terms(StringBuilder out, List<TermUse> terms) {
        if (terms.isEmpty()) {
            return;
        }
        out.append("**Terms**: ");
        for (int i = 0; i < terms.size(); i++) {
            TermUse term = terms.get(i);
            out.append(i == 0 ? "" : "; ")
                    .append(term.source())
                    .append(": ")
                    .append(term.english())
                    .append(" (")
                    .append(term.count())
                    .append(')');
        }
        out.append("\n\n");
    }

    private static void list(StringBuilder out, String label, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("**").append(label).append("**\n\n");
        for (Finding f : findings) {
            out.append("- ")
                    .append(f.paragraph() >= 0 ? "¶" + (f.paragraph() + 1) + ": " : "")
                    .append('"')
                    .append(f.text())
                    .append("\" (")
                    .append(f.detail())
                    .append(")\n");
        }
        out.append('\n');
    }
}
