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
 */
record Material(int number, DigestArticle article, Translation translation, Summary summary) {

    Material {
        Objects.requireNonNull(article, "article");
    }

    CleanArticle clean() {
        return article.article();
    }

    /** The article's sentences, 1-based in citations. */
    List<String> sentences() {
        List<String> all = new ArrayList<>();
        SentenceSplitter.indonesian().splitEach(clean().paragraphs()).forEach(all::addAll);
        return all;
    }

    /** Whether its English is a translation (else the lines are the source's own text). */
    boolean translated() {
        return translation != null
                && translation.skipped() == null
                && translation.paragraphs().size() == clean().paragraphs().size()
                && !translation.paragraphs().stream().allMatch(String::isBlank);
    }

    /** The English lines, each under the numbers of the source sentences it says. */
    SourceLines english() {
        return translated()
                ? SourceLines.of(clean().paragraphs(), translation.paragraphs())
                : SourceLines.of(clean().paragraphs());
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
