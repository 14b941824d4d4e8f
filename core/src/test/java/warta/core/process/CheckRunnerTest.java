package warta.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.article.CleanArticle;
import warta.core.article.Source;
import warta.core.check.Finding;
import warta.core.glossary.Glossary;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.summarize.Entities;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.summarize.SummaryOutcome;

class CheckRunnerTest {

    private static final CleanArticle ARTICLE = new CleanArticle(
            Source.inline(),
            Metadata.empty(),
            new Language("id", 1.0),
            List.of(
                    "Menteri Luar Negeri Korea Utara tiba di Moskow pada Senin.",
                    "Ia bertemu pejabat Rusia untuk membahas kerja sama di Semenanjung Korea."),
            List.of());

    private static SummaryOutcome summary(List<Statement> sentences, List<Statement> keyPoints) {
        return new SummaryOutcome(
                new Summary("North Korean minister in Moscow", sentences, keyPoints, Entities.none()), List.of());
    }

    @Test
    void should_pass_a_faithful_english_summary_of_an_indonesian_source() {
        SummaryOutcome faithful = summary(
                List.of(
                        new Statement("North Korea's Foreign Minister arrived in Moscow on Monday.", List.of(1)),
                        new Statement("He met Russian officials about the Korean Peninsula.", List.of(2))),
                List.of(new Statement("The minister met Russian officials", List.of(2))));

        assertThat(new CheckRunner(Glossary.builtIn())
                        .run(ARTICLE, null, faithful)
                        .unsupported())
                .isEmpty();
    }

    @Test
    void should_name_the_cited_source_sentences_of_an_unsupported_statement() {
        SummaryOutcome planted = summary(
                List.of(
                        new Statement("North Korea's Foreign Minister arrived in Moscow on Monday.", List.of(1)),
                        new Statement("He then flew on to Beijing.", List.of(1, 2))),
                List.of(new Statement("The minister met Russian officials", List.of(2))));

        List<Finding> findings =
                new CheckRunner(Glossary.builtIn()).run(ARTICLE, null, planted).unsupported();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Beijing");
            assertThat(f.detail()).endsWith("; the statement cites source sentences 1, 2");
        });
    }

    @Test
    void should_note_a_name_the_cited_sentence_lacks_but_the_article_holds_and_fail_nothing() {
        SummaryOutcome loose = summary(
                List.of(
                        new Statement("North Korea's Foreign Minister arrived in Moscow on Monday.", List.of(1)),
                        new Statement("In Moscow he met Russian officials.", List.of(2))),
                List.of(new Statement("The minister met Russian officials", List.of(2))));
        CheckRunner runner = new CheckRunner(Glossary.builtIn());

        var checks = runner.run(ARTICLE, null, loose);
        List<String> notes = runner.citationNotes(ARTICLE, null, loose, checks);

        assertThat(checks.passed()).isTrue();
        assertThat(notes)
                .containsExactly("summary sentence 2: \"Moscow\" is not in the source sentence it cites (2), but"
                        + " elsewhere in the article");
    }

    @Test
    void should_leave_notes_out_for_statements_their_citations_support_or_that_a_finding_covers() {
        SummaryOutcome planted = summary(
                List.of(
                        new Statement("North Korea's Foreign Minister arrived in Moscow on Monday.", List.of(1)),
                        new Statement("He then flew on to Beijing.", List.of(2))),
                List.of(new Statement("Talks covered the Korean Peninsula", List.of(2))));
        CheckRunner runner = new CheckRunner(Glossary.builtIn());

        var checks = runner.run(ARTICLE, null, planted);

        assertThat(checks.unsupported()).extracting(Finding::text).containsExactly("Beijing");
        assertThat(runner.citationNotes(ARTICLE, null, planted, checks)).isEmpty();
    }

    @Test
    void should_look_for_the_evidence_in_the_english_of_the_cited_sentences_too() {
        var translation = new warta.core.translate.Translation(
                null,
                List.of(
                        "North Korea's Foreign Minister arrived in Moscow on Monday.",
                        "She met Russian officials to discuss cooperation on the Korean Peninsula."),
                null);
        SummaryOutcome faithful = summary(
                List.of(new Statement("The minister met Russian officials in Moscow.", List.of(1, 2))),
                List.of(new Statement("Cooperation on the Korean Peninsula was discussed", List.of(2))));
        CheckRunner runner = new CheckRunner(Glossary.builtIn());

        var checks = runner.run(ARTICLE, translation, faithful);

        assertThat(checks.passed()).isTrue();
        assertThat(runner.citationNotes(ARTICLE, translation, faithful, checks)).isEmpty();
    }
}
