package warta.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryBookTest {

    @TempDir
    Path dir;

    private StoryBook open() {
        return StoryBook.open(dir.resolve(".warta/stories.jsonl"), StoryRules.DEFAULTS);
    }

    private static String place(StoryBook book, String id, String text) {
        return book.place(StoryFixtures.traits(id, text), null);
    }

    @Test
    void should_join_an_article_of_a_later_run_to_the_story_of_an_earlier_one() {
        String bridge;
        String market;
        try (StoryBook book = open()) {
            bridge = place(book, "bridge-1", StoryFixtures.BRIDGE_1);
            market = place(book, "market-1", StoryFixtures.MARKET_1);
            assertThat(place(book, "bridge-2", StoryFixtures.BRIDGE_2)).isEqualTo(bridge);
        }

        try (StoryBook book = open()) {
            assertThat(place(book, "bridge-3", StoryFixtures.BRIDGE_3)).isEqualTo(bridge);
            assertThat(place(book, "market-2", StoryFixtures.MARKET_2)).isEqualTo(market);
            assertThat(place(book, "market-july", StoryFixtures.MARKET_JULY))
                    .isEqualTo(Story.idOf("market-july"))
                    .isNotIn(bridge, market);
            assertThat(place(book, "football", StoryFixtures.FOOTBALL)).isEqualTo(Story.idOf("football"));
        }
        assertThat(bridge).isEqualTo(Story.idOf("bridge-1"));
    }

    @Test
    void should_put_a_near_duplicate_in_the_story_of_its_original_and_keep_a_placed_article_where_it_is() {
        try (StoryBook book = open()) {
            String bridge = place(book, "bridge-1", StoryFixtures.BRIDGE_1);

            assertThat(book.place(StoryFixtures.traits("copy", StoryFixtures.FOOTBALL), "bridge-1"))
                    .isEqualTo(bridge);
            assertThat(place(book, "bridge-1", StoryFixtures.FOOTBALL)).isEqualTo(bridge);
            assertThat(book.storyOf("copy")).isEqualTo(bridge);
            assertThat(book.storyOf("unknown")).isNull();
        }
    }

    @Test
    void should_drop_a_torn_last_line_and_keep_the_whole_ones() throws IOException {
        String bridge;
        try (StoryBook book = open()) {
            bridge = place(book, "bridge-1", StoryFixtures.BRIDGE_1);
        }
        Files.writeString(dir.resolve(".warta/stories.jsonl"), "{\"id\":\"torn\",\"sto", StandardOpenOption.APPEND);

        try (StoryBook book = open()) {
            assertThat(book.storyOf("bridge-1")).isEqualTo(bridge);
            assertThat(book.storyOf("torn")).isNull();
            assertThat(place(book, "bridge-2", StoryFixtures.BRIDGE_2)).isEqualTo(bridge);
        }
        try (StoryBook book = open()) {
            assertThat(book.storyOf("bridge-2")).isEqualTo(bridge);
        }
    }

    @Test
    void should_keep_traits_whole_through_a_story_line() {
        StoryTraits traits = StoryFixtures.traits("bridge-2", StoryFixtures.BRIDGE_2);

        StoryLine line = StoryLine.parse(new StoryLine("s-1", traits).format());

        assertThat(line.story()).isEqualTo("s-1");
        assertThat(line.traits().dates()).isEqualTo(traits.dates());
        assertThat(line.traits().names()).isEqualTo(traits.names());
        assertThat(line.traits().sentences())
                .usingRecursiveFieldByFieldElementComparator()
                .hasSameSizeAs(traits.sentences());
        for (int i = 0; i < traits.sentences().size(); i++) {
            assertThat(line.traits().sentences().get(i))
                    .containsExactly(traits.sentences().get(i));
        }
        assertThat(line.traits().signature()).isNull();
    }
}
