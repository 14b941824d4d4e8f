package warta.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.summarize.SummaryProblem.Kind;

class SummaryJsonTest {

    private static final String CITED = """
            Here it is:
            ```json
            {"headline": "Floods in Bekasi",
             "summary": [{"text": "Floods covered 300 houses.", "sources": [2, 1, 2]},
                         {"text": "Boats are ready.", "sources": ["3"]}],
             "keyPoints": [{"text": "300 houses flooded", "sources": [1]},
                           {"text": "12 boats", "sources": ["[3]", 4.0]}],
             "entities": {"people": [], "organizations": [], "places": ["Bekasi"]}}
            ```""";

    @Test
    void should_read_each_statement_with_its_sources_sorted_without_repeats() {
        Summary summary = SummaryJson.parse(CITED);

        assertThat(summary.sentences())
                .containsExactly(
                        new Statement("Floods covered 300 houses.", List.of(1, 2)),
                        new Statement("Boats are ready.", List.of(3)));
        assertThat(summary.keyPoints())
                .containsExactly(
                        new Statement("300 houses flooded", List.of(1)), new Statement("12 boats", List.of(3, 4)));
        assertThat(summary.summary()).isEqualTo("Floods covered 300 houses. Boats are ready.");
        assertThat(summary.keyPointTexts()).containsExactly("300 houses flooded", "12 boats");
    }

    @Test
    void should_report_citations_that_are_not_numbers_and_keep_them_out() {
        // given
        String answer = CITED.replace("\"sources\": [1]}", "\"sources\": [\"S1\", {\"n\": 2}, 5]}");

        // when
        SummaryJson.Reading reading = SummaryJson.read(answer);

        // then
        assertThat(reading.summary().keyPoints().getFirst()).isEqualTo(new Statement("300 houses flooded", List.of(5)));
        assertThat(reading.problems())
                .containsExactly(new SummaryProblem(
                        Kind.SOURCES,
                        "key point 1 cites \"S1\", {\"n\":2}, which are not sentence numbers",
                        "300 houses flooded"));
    }

    @Test
    void should_read_the_older_plain_form_as_statements_that_cite_nothing() {
        String plain = """
                {"headline": "Floods in Bekasi", "summary": "Floods covered 300 houses. Boats are ready.",
                 "keyPoints": ["300 houses flooded"], "entities": {"people": [], "organizations": [], "places": []}}
                """;

        Summary summary = SummaryJson.parse(plain);

        assertThat(summary.sentences())
                .containsExactly(
                        Statement.uncited("Floods covered 300 houses."), Statement.uncited("Boats are ready."));
        assertThat(summary.keyPoints()).containsExactly(Statement.uncited("300 houses flooded"));
    }

    @Test
    void should_write_the_form_the_model_is_asked_for_and_read_it_back() {
        Summary summary = SummaryJson.parse(CITED);

        String written = SummaryJson.write(summary);

        assertThat(written)
                .startsWith("{\"headline\":\"Floods in Bekasi\",\"summary\":[{\"text\":\"Floods covered 300 houses.\","
                        + "\"sources\":[1,2]}");
        assertThat(SummaryJson.parse(written)).isEqualTo(summary);
    }

    @Test
    void should_refuse_an_answer_without_summary_sentences() {
        assertThatThrownBy(() -> SummaryJson.parse("{\"headline\": \"x\", \"summary\": []}"))
                .isInstanceOf(SummaryFormatException.class)
                .hasMessage("\"summary\" is missing, or not a list of sentences");
        assertThatThrownBy(() -> SummaryJson.parse(
                        "{\"headline\": \"x\", \"summary\": [{\"text\": \"A.\"}], " + "\"keyPoints\": [3]}"))
                .isInstanceOf(SummaryFormatException.class)
                .hasMessage("\"keyPoints\" holds something other than text");
    }

    @Test
    void should_ask_for_sources_as_a_list_of_integers_in_the_schema() {
        String schema = SummaryJson.responseFormat().jsonSchema().rootElement().toString();

        assertThat(schema).contains("sources").contains("JsonIntegerSchema");
    }
}
