package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.article.Source;
import warta.core.check.Checks;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.translate.Translation;
import warta.core.usage.Usage;

class ResultUsageTest {

    private static ArticleResult result(long cachedInputTokens) {
        return new ArticleResult(
                "banjir",
                Source.file("banjir.txt"),
                new Language("id", 1.0),
                Metadata.empty(),
                new Translation(null, List.of("Floods hit Bekasi."), null),
                null,
                Checks.none(),
                List.of(),
                List.of(),
                List.of(),
                new Usage("llama", "m.gguf", "3f2a9c0d1e4b", 2, 0, 900, cachedInputTokens, 120, false, 100),
                null,
                null);
    }

    @Test
    void should_give_the_cached_input_tokens_in_json() {
        var usage = ResultJson.toNode(result(640)).get("usage");

        assertThat(usage.get("inputTokens").asLong()).isEqualTo(900);
        assertThat(usage.get("cachedInputTokens").asLong()).isEqualTo(640);
    }

    @Test
    void should_say_how_many_input_tokens_came_from_the_prompt_cache_in_markdown() {
        assertThat(ResultMarkdown.render(result(640)))
                .contains("2 requests, 900 tokens in (640 from the model's prompt cache), 120 out");
        assertThat(ResultMarkdown.render(result(0))).contains("2 requests, 900 tokens in, 120 out");
    }
}
