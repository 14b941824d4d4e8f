package warta.core.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import warta.core.article.CleanArticle;
import warta.core.check.Checks;
import warta.core.check.Finding;
import warta.core.check.OmittedCheck;
import warta.core.check.Terms;
import warta.core.check.UnsupportedCheck;
import warta.core.check.UntranslatedCheck;
import warta.core.chunk.Chunker;
import warta.core.glossary.Glossary;
import warta.core.summarize.SourceLines;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.summarize.SummaryOutcome;
import warta.core.translate.Translation;

/**
 * Runs every check on one article's output: text left in Indonesian (in the translation, or a
 * summary not in English), source sentences with no counterpart, numbers in the translation
 * that the source does not have, and numbers, dates and names in the summary that neither the
 * text it was written from nor the metadata it was given (title, outlet, dateline, date)
 * contains, and summary sentences and key points that cite no valid source sentence (after the
 * summarizer's one repair), and terms the translation renders in more than one way
 * ({@link Terms}). Thread-safe.
 */
final class CheckRunner {

    private final UntranslatedCheck untranslated = new UntranslatedCheck();
    private final OmittedCheck omitted = new OmittedCheck();
    private final UnsupportedCheck numbers = UnsupportedCheck.numbersOnly();
    private final UnsupportedCheck claims = UnsupportedCheck.full();
    private final Map<String, String> glossary;
    private final Terms terms;

    CheckRunner(Glossary glossary) {
        this.glossary = glossary.asMap();
        this.terms = Terms.of(this.glossary);
    }

    /**
     * The renderings the translation used for the article's terms, and the terms it renders in
     * more than one way; nothing when there is no translation. The title counts as a paragraph.
     */
    Terms.Report terms(CleanArticle article, Translation translation) {
        if (translation == null || translation.skipped() != null) {
            return new Terms.Report(List.of(), List.of());
        }
        List<String> source = new ArrayList<>();
        List<String> english = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        if (article.metadata().title() != null && translation.title() != null) {
            source.add(article.metadata().title());
            english.add(translation.title());
            paragraphs.add(-1);
        }
        for (int i = 0; i < article.paragraphs().size(); i++) {
            source.add(article.paragraphs().get(i));
            english.add(translation.paragraphs().get(i));
            paragraphs.add(i);
        }
        return terms.report(source, english, paragraphs);
    }

    Checks run(CleanArticle article, Translation translation, SummaryOutcome summary) {
        return run(article, translation, summary, terms(article, translation));
    }

    /** Every check, with the report on terms {@link #terms} made. */
    Checks run(CleanArticle article, Translation translation, SummaryOutcome summary, Terms.Report terms) {
        List<Finding> left = new ArrayList<>();
        List<Finding> missing = new ArrayList<>();
        List<Finding> unsupported = new ArrayList<>();
        boolean translated = translation != null && translation.skipped() == null;
        if (translated) {
            left.addAll(untranslated.check(translation.paragraphs()));
            missing.addAll(omitted.check(article.paragraphs(), translation.paragraphs()));
            for (int i = 0; i < article.paragraphs().size(); i++) {
                unsupported.addAll(numbers.check(
                        translation.paragraphs().get(i), article.paragraphs().get(i), glossary, i));
            }
        }
        if (summary != null) {
            if (!summary.english()) {
                left.add(new Finding(-1, summary.summary().summary(), "the summary is not in English"));
            }
            String reference = Chunker.join(translation == null ? article.paragraphs() : translation.paragraphs());
            if (translated) {
                reference = reference + "\n\n" + Chunker.join(article.paragraphs());
            }
            reference = reference + "\n\n" + About.of(article.metadata(), translation);
            unsupported.addAll(withCitations(
                    claims.check(summary.summary().allText(), reference, glossary, -1), summary.summary()));
            summary.citationProblems().forEach(p -> unsupported.add(new Finding(-1, p.statement(), p.text())));
        }
        return new Checks(left, missing, unsupported, terms.findings());
    }

    /**
     * The names, numbers and dates of summary statements that the sentences they cite do not hold,
     * though the article does elsewhere, one note each (which statement, what, which sentences it
     * cites): every statement is checked first against what it cites (those source sentences, their
     * English, and the metadata the summary was given), then what fails there against the whole
     * article. What the whole article does not support either is a finding already, not a note, and
     * a statement that cites nothing has its own finding; so a faithful summary with loose
     * citations passes its checks and says where its evidence is thin.
     *
     * @param findings the checks' findings on this article, whose texts are not repeated as notes
     */
    List<String> citationNotes(CleanArticle article, Translation translation, SummaryOutcome summary, Checks findings) {
        if (summary == null) {
            return List.of();
        }
        Set<String> unsupported = new HashSet<>();
        findings.unsupported().forEach(f -> unsupported.add(f.text()));
        SourceLines source = SourceLines.of(article.paragraphs());
        boolean translated = translation != null
                && translation.skipped() == null
                && translation.paragraphs().size() == article.paragraphs().size();
        SourceLines english = translated ? SourceLines.of(article.paragraphs(), translation.paragraphs()) : null;
        String about = About.of(article.metadata(), translation);
        List<String> notes = new ArrayList<>();
        Summary s = summary.summary();
        for (int i = 0; i < s.sentences().size() + s.keyPoints().size(); i++) {
            boolean sentence = i < s.sentences().size();
            Statement statement = sentence
                    ? s.sentences().get(i)
                    : s.keyPoints().get(i - s.sentences().size());
            if (statement.sources().isEmpty()) {
                continue;
            }
            String cited = source.cited(statement.sources())
                    + (english == null ? "" : "\n\n" + english.cited(statement.sources()))
                    + "\n\n" + about;
            Set<String> named = new LinkedHashSet<>();
            for (Finding f : claims.check(statement.text(), cited, glossary, -1)) {
                if (!unsupported.contains(f.text())) {
                    named.add('"' + f.text() + '"');
                }
            }
            if (!named.isEmpty()) {
                String label = sentence
                        ? "summary sentence " + (i + 1)
                        : "key point " + (i - s.sentences().size() + 1);
                notes.add(label + ": " + String.join(", ", named) + " is not in the source sentence"
                        + (statement.sources().size() > 1 ? "s" : "") + " it cites ("
                        + statement.sources().stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "), but elsewhere in the article");
            }
        }
        return notes;
    }

    /**
     * The findings on a summary, each saying which source sentences its statement cites, so a
     * reader can go straight to the evidence that failed to support it: the first summary
     * sentence or key point that holds the finding's text. A statement that cites nothing is
     * reported by its own finding already.
     */
    static List<Finding> withCitations(List<Finding> findings, Summary summary) {
        List<Statement> statements = new ArrayList<>(summary.sentences());
        statements.addAll(summary.keyPoints());
        List<Finding> annotated = new ArrayList<>();
        for (Finding finding : findings) {
            Statement statement = statements.stream()
                    .filter(s ->
                            s.text().contains(finding.text()) && !s.sources().isEmpty())
                    .findFirst()
                    .orElse(null);
            annotated.add(
                    statement == null
                            ? finding
                            : new Finding(
                                    finding.paragraph(),
                                    finding.text(),
                                    finding.detail() + "; the statement cites source sentence"
                                            + (statement.sources().size() > 1 ? "s " : " ")
                                            + statement.sources().stream()
                                                    .map(String::valueOf)
                                                    .collect(Collectors.joining(", "))));
        }
        return annotated;
    }
}
