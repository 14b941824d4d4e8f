package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.article.Source;
import warta.core.check.Checks;
import warta.core.check.Finding;
import warta.core.check.TermUse;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.translate.Translation;
import warta.core.usage.Usage;

class ResultTermsTest {

    private static final Finding TWO_WAYS = new Finding(
            1,
            "Ministry of Foreign Affairs",
            "\"Kementerian Luar Negeri\" is rendered both \"Foreign Ministry\" and \"Ministry of Foreign Affairs\"");

    private static ArticleResult result(List<TermUse> terms, Checks checks) {
        return new ArticleResult(
                "kemlu",
                Source.file("kemlu.txt"),
                new Language("id", 1.0),
                Metadata.empty(),
                new Translation(
                        null, List.of("The Foreign Ministry spoke.", "The Ministry of Foreign Affairs spoke."), null),
                null,
                checks,
                terms,
                List.of(),
                List.of(),
                new Usage("openai", "fake", "3f2a9c0d1e4b", 1, 0, 10, 0, 5, false, 100),
                null,
                null);
    }

    @Test
    void should_list_the_renderings_used_for_terms_and_the_inconsistent_ones_in_json() {
        ArticleResult result = result(
                List.of(
                        new TermUse("Kementerian Luar Negeri", "Foreign Ministry", 1),
                        new TermUse("Kementerian Luar Negeri", "Ministry of Foreign Affairs", 1)),
                new Checks(List.of(), List.of(), List.of(), List.of(TWO_WAYS)));

        var json = ResultJson.toNode(result);

        assertThat(json.get("terms").toString())
                .isEqualTo("[{\"source\":\"Kementerian Luar Negeri\",\"english\":\"Foreign Ministry\",\"count\":1},"
                        + "{\"source\":\"Kementerian Luar Negeri\",\"english\":\"Ministry of Foreign Affairs\","
                        + "\"count\":1}]");
        assertThat(json.get("checks").get("passed").asBoolean()).isFalse();
        assertThat(json.get("checks").get("inconsistent").toString())
                .isEqualTo("[{\"paragraph\":1,\"text\":\"Ministry of Foreign Affairs\",\"detail\":"
                        + "\"\\\"Kementerian Luar Negeri\\\" is rendered both \\\"Foreign Ministry\\\" and \\\"Ministry"
                        + " of Foreign Affairs\\\"\"}]");
    }

    @Test
    void should_give_an_empty_list_of_terms_when_there_are_none() {
        assertThat(ResultJson.toNode(result(List.of(), Checks.none())).get("terms"))
                .isEmpty();
    }

    @Test
    void should_show_terms_and_inconsistent_renderings_in_markdown_and_finding_lines() {
        ArticleResult result = result(
                List.of(new TermUse("Kementerian Luar Negeri", "Foreign Ministry", 2)),
                new Checks(List.of(), List.of(), List.of(), List.of(TWO_WAYS)));

        assertThat(ResultMarkdown.render(result))
                .contains("**Rendered more than one way**\n\n- ¶2: \"Ministry of Foreign Affairs\"")
                .contains("**Terms**: Kementerian Luar Negeri: Foreign Ministry (2)\n");
        assertThat(ResultText.findings(result.checks()))
                .containsExactly("inconsistent ¶2: \"Ministry of Foreign Affairs\" (\"Kementerian Luar Negeri\" is"
                        + " rendered both \"Foreign Ministry\" and \"Ministry of Foreign Affairs\")");
        assertThat(ResultMarkdown.render(result(List.of(), Checks.none()))).doesNotContain("**Terms**");
    }
}
