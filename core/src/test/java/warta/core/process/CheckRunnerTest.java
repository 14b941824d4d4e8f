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
}
