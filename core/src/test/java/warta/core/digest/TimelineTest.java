package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.testing.FakeDigest;

class TimelineTest {

    @TempDir
    Path dir;

    private List<StoryPlan> plan(String... articles) throws Exception {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("fake")
                .baseUrl("http://127.0.0.1:1/v1")
                .build();
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(in.resolve((char) ('a' + i) + ".txt"), articles[i]);
        }
        try (Warta warta = Warta.builder(config)
                .models((c, inner, files) -> inner.apply(FakeDigest.model()))
                .build()) {
            return warta.planDigest(warta.digestInput(List.of(in.toString()), InputStream.nullInputStream()))
                    .stories();
        }
    }

    @Test
    void should_date_a_single_article_story_by_its_event_not_by_a_background_date_in_its_text() throws Exception {
        String quake = DigestFixtures.QUAKE.strip()
                + " Gempa serupa pernah mengguncang Garut pada 13 September 2023 dan merusak 12 rumah.\n";

        List<StoryPlan> stories = plan(quake, DigestFixtures.FLOOD_ANTARA);

        assertThat(stories).extracting(StoryPlan::firstDate).containsExactly("2024-03-03", "2024-06-11");
        assertThat(stories.get(1).lastDate()).isEqualTo("2024-06-12");
    }
}
