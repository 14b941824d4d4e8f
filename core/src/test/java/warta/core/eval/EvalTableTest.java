package warta.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalTableTest {

    private static EvalReport translationOnly(String label, double chrFpp, long requests, long hits) {
        return new EvalReport(
                label, "openai", label, 2, 0, chrFpp, 50.0, 20.0, null, null, null, null, null, 1.5, 4, requests, hits,
                100, 80, 0.25, List.of(), null);
    }

    @Test
    void should_put_models_side_by_side_and_leave_out_measures_without_data() {
        String table = EvalTable.markdown(
                List.of(translationOnly("model-a", 61.234, 2, 0), translationOnly("model|b", 55.0, 0, 2)));

        assertThat(table)
                .startsWith("| | model-a | model\\|b |\n|---|---:|---:|\n| chrF++ | 61.23 | 55.00 |\n")
                .contains("| model requests | 2 | 0 |\n")
                .contains("| cache hits | 0 | 2 |\n")
                .contains("| tokens in / out | 100 / 80 | 100 / 80 |\n")
                .doesNotContain("ROUGE")
                .doesNotContain("citations per key point");
    }

    @Test
    void should_write_every_field_as_json_with_null_for_no_data() throws Exception {
        JsonNode root =
                new ObjectMapper().readTree(EvalTable.json("mt.tsv", List.of(translationOnly("model-a", 61.0, 2, 0))));

        assertThat(root.path("set").asText()).isEqualTo("mt.tsv");
        JsonNode model = root.path("models").get(0);
        assertThat(model.path("label").asText()).isEqualTo("model-a");
        assertThat(model.path("chrFPlusPlus").asDouble()).isEqualTo(61.0);
        assertThat(model.get("rouge1").isNull()).isTrue();
        assertThat(model.path("requests").asLong()).isEqualTo(2);
    }

    @Test
    void should_show_a_failed_model_with_its_reason_and_no_scores() throws Exception {
        List<EvalReport> reports = List.of(
                translationOnly("model-a", 61.0, 2, 0),
                EvalReport.failed("typo", 2, "model 'typo' not found | here\nsecond line"));

        String table = EvalTable.markdown(reports);
        JsonNode failed = new ObjectMapper()
                .readTree(EvalTable.json("mt.tsv", reports))
                .path("models")
                .get(1);

        assertThat(table)
                .startsWith(
                        "| | model-a | typo |\n|---|---:|---:|\n| run failed |  | model 'typo' not found \\| here |\n"
                                + "| chrF++ | 61.00 |  |\n")
                .contains("| items (failed) | 2 (0) |  |\n");
        assertThat(failed.path("failure").asText()).isEqualTo("model 'typo' not found | here");
        assertThat(failed.path("failed").asInt()).isEqualTo(2);
        assertThat(failed.get("bleu").isNull()).isTrue();
    }

    @Test
    void should_leave_out_the_failure_row_when_every_model_ran() {
        assertThat(EvalTable.markdown(List.of(translationOnly("model-a", 61.0, 2, 0))))
                .doesNotContain("run failed");
    }
}
