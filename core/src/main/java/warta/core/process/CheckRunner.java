package warta.core.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
