package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.article.Source;
import warta.core.check.Checks;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.summarize.Entities;
import warta.core.summarize.Statement;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;
import warta.core.usage.Usage;

/** How the JSON and Markdown forms show a summary and the source sentences it cites. */
class ResultSummaryTest {

    private static final Summary SUMMARY = new Summary(
            "Floods in Bekasi",
            List.of(
                    new Statement("Floods covered 300 houses.", List.of(1, 2)),
                    new Statement("Boats are ready.", List.of(4))),
            List.of(new Statement("300 houses flooded", List.of(3, 5)), Statement.uncited("Schools closed")),
            new Entities(List.of(), List.of(), List.of("Bekasi")));

    private static ArticleResult result() {
        return result(null);
    }

    private static ArticleResult result(Translation translation) {
        return new ArticleResult(
                "banjir",
                Source.file("banjir.txt"),
                new Language("id", 1.0),
                Metadata.empty(),
                translation,
                SUMMARY,
                Checks.none(),
                List.of(),
                List.of(),
                List.of(),
                new Usage("openai", "fake", "3f2a9c0d1e4b", 1, 0, 10, 0, 5, false, 100),
                null,
                null);
    }

    @Test
    void should_write_every_summary_sentence_and_key_point_with_its_sources() {
        String json = ResultJson.toNode(result()).get("summary").toString();

        assertThat(json)
                .isEqualTo("{\"headline\":\"Floods in Bekasi\","
                        + "\"summary\":\"Floods covered 300 houses. Boats are ready.\","
                        + "\"summarySentences\":[{\"text\":\"Floods covered 300 houses.\",\"sources\":[1,2]},"
                        + "{\"text\":\"Boats are ready.\",\"sources\":[4]}],"
                        + "\"keyPoints\":[{\"text\":\"300 houses flooded\",\"sources\":[3,5]},"
                        + "{\"text\":\"Schools closed\",\"sources\":[]}],"
                        + "\"entities\":{\"people\":[],\"organizations\":[],\"places\":[\"Bekasi\"]}}");
    }

    @Test
    void should_give_the_cited_sentence_numbers_in_markdown() {
        String markdown = ResultMarkdown.render(result());

        assertThat(markdown)
                .contains("> **Floods in Bekasi**\n>\n"
                        + "> Floods covered 300 houses. [sources: 1, 2] Boats are ready. [sources: 4]\n>\n"
                        + "> - 300 houses flooded [sources: 3, 5]\n"
                        + "> - Schools closed [sources: none]\n");
    }

    @Test
    void should_keep_the_plain_text_summary_free_of_numbers() {
        String text = ResultText.render(result());

        assertThat(text)
                .isEqualTo("Floods in Bekasi\n\nFloods covered 300 houses. Boats are ready.\n\n"
                        + "- 300 houses flooded\n- Schools closed\nPlaces: Bekasi\n");
    }

    @Test
    void should_set_the_summary_apart_from_the_translation_in_plain_text() {
        Translation translation = new Translation("Floods", List.of("Water rose.", "Boats came."), null);

        String text = ResultText.render(result(translation));

        assertThat(text)
                .isEqualTo("Floods\n\nWater rose.\n\nBoats came.\n\n== Summary\n\nFloods in Bekasi\n\n"
                        + "Floods covered 300 houses. Boats are ready.\n\n- 300 houses flooded\n- Schools closed\n"
                        + "Places: Bekasi\n");
    }
}
