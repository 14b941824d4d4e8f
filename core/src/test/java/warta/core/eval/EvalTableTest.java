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
                100, 80, 0.25, List.of());
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
}
