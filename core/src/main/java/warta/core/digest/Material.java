package warta.core.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import warta.core.article.CleanArticle;
import warta.core.meta.Metadata;
import warta.core.sentence.SentenceSplitter;
import warta.core.summarize.SourceLines;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;

/**
 * What a digest knows of one article once its English is there: its number in the source list,
 * the cleaned article, its sentences (as {@code inspect} lists them), its English as numbered lines
 * (the source's own lines when there is no English), and its summary, if any. Immutable.
 *
 * @param number its number in the digest's source list
 * @param article the article
 * @param translation its English, or null (not translated, or already English)
 * @param summary its summary, or null
 * @param sentences the article's sentences, 1-based in citations
 * @param english the English lines, each under the numbers of the source sentences it says (the
 *     source's own lines when there is no translation)
 */
record Material(
        int number,
        DigestArticle article,
        Translation translation,
        Summary summary,
        List<String> sentences,
        SourceLines english) {

    Material {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(english, "english");
    }

    /** The article's material, its sentences split and its English lined up once. */
    Material(int number, DigestArticle article, Translation translation, Summary summary) {
        this(number, article, translation, summary, split(article), lines(article, translation));
    }

    private static List<String> split(DigestArticle article) {
        List<String> all = new ArrayList<>();
        SentenceSplitter.indonesian().splitEach(article.article().paragraphs()).forEach(all::addAll);
        return all;
    }

    private static SourceLines lines(DigestArticle article, Translation translation) {
        List<String> paragraphs = article.article().paragraphs();
        return translated(paragraphs, translation)
                ? SourceLines.of(paragraphs, translation.paragraphs())
                : SourceLines.of(paragraphs);
    }

    private static boolean translated(List<String> paragraphs, Translation translation) {
        return translation != null
                && translation.skipped() == null
                && translation.paragraphs().size() == paragraphs.size()
                && !translation.paragraphs().stream().allMatch(String::isBlank);
    }

    /** This material under another number. */
    Material numbered(int n) {
        return new Material(n, article, translation, summary, sentences, english);
    }

    CleanArticle clean() {
        return article.article();
    }

    /** Whether its English is a translation (else the lines are the source's own text). */
    boolean translated() {
        return translated(clean().paragraphs(), translation);
    }

    /** The title a reader gets: the English one when there is one. */
    String title() {
        Metadata m = clean().metadata();
        return translated() && translation.title() != null ? translation.title() : m.title();
    }

    /** The line that opens the report in a request: {@code outlet, date, "title"}. */
    String header() {
        Metadata m = clean().metadata();
        List<String> parts = new ArrayList<>();
        parts.add(m.outlet() == null ? "outlet unknown" : m.outlet());
        parts.add(m.published() == null ? "date unknown" : m.published().toString());
        if (title() != null) {
            parts.add('"' + title() + '"');
        }
        if (m.dateline() != null) {
            parts.add("dateline " + m.dateline());
        }
        return String.join(", ", parts);
    }

    /** The metadata a statement may use besides the sentences it cites: title (both), outlet, dateline, date. */
    String about() {
        Metadata m = clean().metadata();
        List<String> parts = new ArrayList<>();
        if (m.title() != null) {
            parts.add(m.title());
        }
        if (title() != null) {
            parts.add(title());
        }
        for (String value : new String[] {
            m.outlet(),
            m.dateline(),
            m.published() == null ? null : m.published().toString()
        }) {
            if (value != null) {
                parts.add(value);
            }
        }
        return String.join("\n", parts);
    }

    /** The source as a digest lists it. */
    DigestSource source() {
        Metadata m = clean().metadata();
        var where = clean().source();
        return new DigestSource(
                number,
                article.id(),
                m.outlet(),
                m.published() == null ? null : m.published().toString(),
                m.title(),
                where.url() != null ? where.url() : where.label(),
                sentences());
    }
}
