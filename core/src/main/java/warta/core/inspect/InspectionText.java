package warta.core.inspect;

import java.util.List;
import java.util.Locale;
import warta.core.article.CleanArticle;
import warta.core.chunk.Chunk;
import warta.core.clean.Removal;
import warta.core.meta.Metadata;

/**
 * The human-readable form of an {@link Inspection}: a header of metadata, what was removed and
 * why, the chunks, then the paragraphs with their sentences numbered. Unknown fields show as
 * "-". Stateless.
 */
public final class InspectionText {

    private static final int PREVIEW = 72;

    private InspectionText() {}

    public static String render(Inspection inspection) {
        CleanArticle article = inspection.article();
        Metadata m = article.metadata();
        StringBuilder out = new StringBuilder();
        out.append("== ").append(article.source().label()).append('\n');
        field(
                out,
                "language",
                String.format(
                        Locale.ROOT,
                        "%s (confidence %.2f)",
                        article.language().code(),
                        article.language().confidence()));
        field(out, "title", m.title());
        field(out, "outlet", m.outlet());
        field(out, "dateline", m.dateline());
        field(out, "published", m.published() == null ? null : m.published().toString());
        field(out, "byline", m.byline());
        field(out, "editor tags", m.editorTags().isEmpty() ? null : String.join(", ", m.editorTags()));
        for (String caption : m.captions()) {
            field(out, "caption", caption);
        }
        field(
                out,
                "size",
                String.format(
                        Locale.ROOT,
                        "%d paragraphs, %d sentences, %d tokens",
                        article.paragraphs().size(),
                        inspection.sentences().size(),
                        inspection.tokens()));
        removed(out, article.removed());
        chunks(out, inspection);
        paragraphs(out, article.paragraphs());
        return out.toString();
    }

    private static void removed(StringBuilder out, List<Removal> removed) {
        out.append("\nRemoved (").append(removed.size()).append("):\n");
        for (Removal r : removed) {
            out.append(String.format(Locale.ROOT, "  %-13s %s%n", r.reason(), preview(r.text())));
        }
    }

    private static void chunks(StringBuilder out, Inspection inspection) {
        out.append(String.format(
                Locale.ROOT,
                "%nChunks (%d, at most %d tokens each):%n",
                inspection.chunks().size(),
                inspection.chunkTokens()));
        for (Chunk c : inspection.chunks()) {
            out.append(
                    String.format(Locale.ROOT, "  #%-3d %5d tokens  %s%n", c.index(), c.tokens(), preview(c.text())));
        }
    }

    private static void paragraphs(StringBuilder out, List<String> paragraphs) {
        out.append("\nParagraphs:\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append(String.format(Locale.ROOT, "  [%d] %s%n", i + 1, paragraphs.get(i)));
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "  %-12s %s%n", name, value == null ? "-" : value));
    }

    private static String preview(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1) + "\u2026";
    }
}
