package warta.core.result;

import java.util.List;
import warta.core.summarize.Entities;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;

/**
 * Plain-text renderings of a result, for reading and for pipes: the English translation (title,
 * then paragraphs separated by blank lines), or a readable summary. Check failures are not part
 * of the text: front ends report them on stderr. Stateless.
 */
public final class ResultText {

    private ResultText() {}

    /** The translation, when there is one; then the summary, when there is one. */
    public static String render(ArticleResult result) {
        StringBuilder out = new StringBuilder();
        if (result.translation() != null) {
            out.append(translation(result.translation()));
        }
        if (result.summary() != null) {
            out.append(out.isEmpty() ? "" : "\n").append(summary(result.summary()));
        }
        return out.toString();
    }

    static String translation(Translation t) {
        StringBuilder out = new StringBuilder();
        if (t.title() != null && !t.title().isBlank()) {
            out.append(t.title()).append("\n\n");
        }
        out.append(String.join("\n\n", t.paragraphs())).append('\n');
        return out.toString();
    }

    static String summary(Summary s) {
        StringBuilder out = new StringBuilder();
        out.append(s.headline()).append("\n\n").append(s.summary()).append("\n\n");
        for (String point : s.keyPoints()) {
            out.append("- ").append(point).append('\n');
        }
        Entities e = s.entities();
        line(out, "People", e.people());
        line(out, "Organizations", e.organizations());
        line(out, "Places", e.places());
        return out.toString();
    }

    private static void line(StringBuilder out, String label, List<String> names) {
        if (!names.isEmpty()) {
            out.append(label).append(": ").append(String.join(", ", names)).append('\n');
        }
    }
}
