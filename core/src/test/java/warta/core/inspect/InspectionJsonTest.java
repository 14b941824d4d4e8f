package warta.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.Fixtures;
import warta.core.article.Article;
import warta.core.article.Source;

class InspectionJsonTest {

    @Test
    void should_write_one_line_with_every_field_in_order() throws Exception {
        Inspection inspection =
                Inspector.withDefaults().inspect(Article.text(Source.file("a.txt"), Fixtures.load("medcom-style.txt")));

        String json = InspectionJson.toJson(inspection);

        assertThat(json).doesNotContain("\n");
        JsonNode node = new ObjectMapper().readTree(json);
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "source",
                        "language",
                        "title",
                        "metadata",
                        "paragraphs",
                        "sentences",
                        "removed",
                        "chunks",
                        "tokens",
                        "chunkTokens");
        assertThat(node.at("/source/path").asText()).isEqualTo("a.txt");
        assertThat(node.at("/source/url").isNull()).isTrue();
        assertThat(node.at("/language/code").asText()).isEqualTo("id");
        assertThat(node.at("/metadata/published").asText()).isEqualTo("2025-03-04");
        assertThat(node.at("/metadata/outlet").asText()).isEqualTo("Medcom");
        assertThat(node.at("/removed/0/reason").asText()).isEqualTo("duplicate");
        assertThat(node.at("/chunks/0/tokens").asInt())
                .isEqualTo(node.get("tokens").asInt());
        assertThat(node.get("sentences").size())
                .isEqualTo(inspection.sentences().size());
    }

    @Test
    void should_write_unknown_metadata_as_null() throws Exception {
        Inspection inspection =
                Inspector.withDefaults().inspect(Article.text(Source.inline(), "Harga cabai naik tajam di pasar."));
        JsonNode node = new ObjectMapper().readTree(InspectionJson.toJson(inspection));
        assertThat(node.get("title").isNull()).isTrue();
        assertThat(node.at("/metadata/dateline").isNull()).isTrue();
        assertThat(node.at("/metadata/published").isNull()).isTrue();
        assertThat(node.at("/source/path").isNull()).isTrue();
    }
}
