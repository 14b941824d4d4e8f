package warta.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import warta.core.summarize.SummaryProblem.Kind;

class SummaryValidatorTest {

    private static final Summary ENGLISH = new Summary(
            "West Java sets aside Rp50 billion to repair the Bekasi levee",
            cited(
                    "The West Java government has set aside Rp50 billion to repair a levee that broke in Bekasi.",
                    "The money comes from this year's contingency budget.",
                    "The governor wants the work finished before the next rainy season."),
            cited("Rp50 billion for the levee", "Money from the contingency budget", "Work to finish before the rains"),
            Entities.none());
    private static final Summary INDONESIAN = new Summary(
            "Pemprov Jabar siapkan dana perbaikan tanggul",
            cited(
                    "Pemerintah Provinsi Jawa Barat menyiapkan dana Rp50 miliar untuk memperbaiki tanggul yang jebol di"
                            + " Bekasi.",
                    "Dana itu diambil dari pos belanja tak terduga.",
                    "Gubernur ingin perbaikan selesai sebelum musim hujan."),
            cited("Dana Rp50 miliar disiapkan", "Diambil dari belanja tak terduga"),
            Entities.none());

    private final SummaryValidator validator = new SummaryValidator();

    @Test
    void should_find_no_problem_when_the_summary_is_as_asked() {
        List<SummaryProblem> problems = validator.problems(ENGLISH);

        assertThat(problems).isEmpty();
        assertThat(new SummaryOutcome(ENGLISH, problems).english()).isTrue();
    }

    @Test
    void should_give_the_language_problem_its_own_kind_when_the_summary_is_not_in_english() {
        // when
        List<SummaryProblem> problems = validator.problems(INDONESIAN);

        // then
        assertThat(problems).extracting(SummaryProblem::kind).containsExactly(Kind.KEY_POINTS, Kind.NOT_ENGLISH);
        assertThat(problems)
                .extracting(SummaryProblem::text)
                .containsExactly(
                        "there are 2 key points; there must be 3 to 6",
                        "the summary is not in English (it reads as 'id'); write it in English");
    }

    @Test
    void should_tell_the_language_from_the_kind_not_the_text_when_an_outcome_is_built() {
        // given a limit problem whose text happens to read like the language problem
        SummaryProblem lookalike = new SummaryProblem(Kind.WORDS, "the summary is not in English enough words");
        SummaryProblem language = new SummaryProblem(Kind.NOT_ENGLISH, "anything");

        // when
        SummaryOutcome limitsOnly = new SummaryOutcome(ENGLISH, List.of(lookalike));
        SummaryOutcome notEnglish = new SummaryOutcome(INDONESIAN, List.of(lookalike, language));

        // then
        assertThat(limitsOnly.english()).isTrue();
        assertThat(notEnglish.english()).isFalse();
        assertThat(notEnglish.limitProblems()).containsExactly(lookalike);
    }

    @Test
    void should_keep_citation_problems_out_of_the_notes_and_the_language() {
        // given
        SummaryProblem uncited = new SummaryProblem(Kind.SOURCES, "key point 2 cites no source sentence", "Money");
        SummaryProblem words = new SummaryProblem(Kind.WORDS, "the summary has 130 words; it must have at most 120");

        // when
        SummaryOutcome outcome = new SummaryOutcome(ENGLISH, List.of(words, uncited));

        // then
        assertThat(outcome.limitProblems()).containsExactly(words);
        assertThat(outcome.citationProblems()).containsExactly(uncited);
        assertThat(outcome.english()).isTrue();
    }

    @Test
    void should_count_the_sentences_statement_by_statement() {
        // given statements that would run together as one text (an abbreviation last, a lowercase word first)
        Summary runTogether = new Summary(
                "A levee is repaired",
                cited("The levee broke near Jl.", "repairs start in May.", "The governor approved the money."),
                ENGLISH.keyPoints(),
                Entities.none());
        // and a statement holding two sentences
        Summary crammed = new Summary(
                "A levee is repaired",
                cited("The levee broke. Repairs start in May.", "The governor approved the money."),
                ENGLISH.keyPoints(),
                Entities.none());

        assertThat(validator.problems(runTogether)).isEmpty();
        assertThat(validator.problems(crammed)).isEmpty();
        assertThat(validator.problems(new Summary(
                        "A levee is repaired",
                        cited(
                                "The levee broke. Repairs start in May. The governor approved it.",
                                "It costs Rp50 billion.",
                                "Work ends in June. The rains come in July."),
                        ENGLISH.keyPoints(),
                        Entities.none())))
                .extracting(SummaryProblem::kind)
                .containsExactly(Kind.SENTENCES);
    }

    private static List<Statement> cited(String... texts) {
        return Stream.of(texts).map(t -> new Statement(t, List.of(1))).toList();
    }
}
