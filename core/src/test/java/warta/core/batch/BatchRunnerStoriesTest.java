package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.source.BatchItem;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ArticleProcessor;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.story.Story;
import warta.core.story.StoryFixtures;

class BatchRunnerStoriesTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .concurrency(1)
            .build();

    private void run(String... idsAndTexts) {
        Stream.Builder<BatchItem> items = Stream.builder();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            String id = idsAndTexts[i];
            String text = idsAndTexts[i + 1];
            items.add(item(id, () -> Article.text(Source.file(id + ".txt"), text)));
        }
        run(false, items.build());
    }

    private BatchReport run(boolean skipDuplicates, Stream<BatchItem> items) {
        BatchOptions options =
                new BatchOptions(dir.resolve("out"), EnumSet.allOf(Task.class), false, false, skipDuplicates, 1);
        try (BatchRunner runner = BatchRunner.open(
                options,
                config,
                BatchRunnerTest.model(),
                m -> new ArticleProcessor(m, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000))) {
            return runner.run(items, BatchListener.NONE, () -> false);
        }
    }

    private static BatchItem item(String id, Supplier<Article> load) {
        return new BatchItem(id, Source.file(id + ".txt"), load::get);
    }

    /**
     * The first article handed out is read slowly: it waits (at most a while) until the second
     * one's near-duplicate signature is on disk, which, were duplicates found as articles are
     * prepared, would make the second the original.
     */
    private Stream<BatchItem> slowFirstOfTwoNearDuplicates() {
        Path signatures = dir.resolve("out/.warta/signatures.jsonl");
        Supplier<Article> slow = () -> {
            long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            while (System.nanoTime() < until && !contains(signatures, "copy")) {
                sleep(20);
            }
            return Article.text(Source.file("first.txt"), StoryFixtures.BRIDGE_1);
        };
        String copy = StoryFixtures.BRIDGE_1.replace("Tujuh warga", "Tujuh orang warga");
        return Stream.of(item("first", slow), item("copy", () -> Article.text(Source.file("copy.txt"), copy)));
    }

    @Test
    void should_take_the_article_handed_out_first_for_the_original_whichever_is_prepared_first() throws IOException {
        run(false, slowFirstOfTwoNearDuplicates());

        JsonNode copy = json.readTree(dir.resolve("out/copy.json").toFile());
        JsonNode first = json.readTree(dir.resolve("out/first.json").toFile());
        assertThat(copy.get("duplicateOf").asText()).isEqualTo("first");
        assertThat(first.get("duplicateOf").isNull()).isTrue();
        assertThat(indexStories())
                .containsEntry("first", Story.idOf("first"))
                .containsEntry("copy", Story.idOf("first"));
    }

    @Test
    void should_skip_the_later_handed_out_of_two_near_duplicates_whichever_is_prepared_first() throws IOException {
        BatchReport report = run(true, slowFirstOfTwoNearDuplicates());

        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(dir.resolve("out/first.json")).exists();
        assertThat(dir.resolve("out/copy.json")).doesNotExist();
        assertThat(indexStories()).containsEntry("copy", Story.idOf("first"));
    }

    private static boolean contains(Path file, String id) {
        try {
            return Files.exists(file) && Files.readString(file).contains("\"" + id + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, String> indexStories() throws IOException {
        Map<String, String> stories = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("out/index.jsonl"))) {
            JsonNode node = json.readTree(line);
            stories.put(node.get("id").asText(), node.get("story").asText());
        }
        return stories;
    }

    @Test
    void should_give_each_article_a_story_and_join_a_later_runs_article_to_an_earlier_story() throws IOException {
        run("bridge-1", StoryFixtures.BRIDGE_1, "bridge-2", StoryFixtures.BRIDGE_2, "football", StoryFixtures.FOOTBALL);
        run("bridge-3", StoryFixtures.BRIDGE_3, "market-1", StoryFixtures.MARKET_1);

        Map<String, String> stories = indexStories();
        String bridge = Story.idOf("bridge-1");
        assertThat(stories)
                .containsEntry("bridge-1", bridge)
                .containsEntry("bridge-2", bridge)
                .containsEntry("bridge-3", bridge)
                .containsEntry("football", Story.idOf("football"))
                .containsEntry("market-1", Story.idOf("market-1"));
        JsonNode result = json.readTree(dir.resolve("out/bridge-3.json").toFile());
        assertThat(result.get("story").asText()).isEqualTo(bridge);
        assertThat(result.get("duplicateOf").isNull()).isTrue();
        assertThat(dir.resolve("out/.warta/stories.jsonl")).exists();
    }
}
