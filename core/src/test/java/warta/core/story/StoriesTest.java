package warta.core.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoriesTest {

    private static List<Story> group(List<StoryTraits> traits) {
        return Stories.group(traits, StoryRules.DEFAULTS);
    }

    private static List<List<String>> groups(List<Story> stories) {
        return stories.stream().map(Story::memberIds).toList();
    }

    @Test
    void should_group_reports_of_one_event_and_keep_the_others_apart() {
        List<Story> stories = group(StoryFixtures.traits(StoryFixtures.ALL));

        assertThat(groups(stories))
                .containsExactly(
                        List.of("bridge-1", "bridge-2", "bridge-3"),
                        List.of("market-1", "market-2"),
                        List.of("football"),
                        List.of("market-july"),
                        List.of("chili"));
    }

    @Test
    void should_keep_the_same_people_apart_when_their_dates_are_months_apart() {
        List<Story> stories = group(StoryFixtures.traits(Map.of(
                "market-1", StoryFixtures.MARKET_1,
                "market-july", StoryFixtures.MARKET_JULY)));

        assertThat(stories).hasSize(2);
        Link nearest = stories.get(0).nearest();
        assertThat(nearest.apart()).isTrue();
        assertThat(nearest.reasons()).extracting(Reason::kind).contains(Reason.Kind.NAMES, Reason.Kind.DATES_APART);
    }

    @Test
    void should_say_why_each_link_holds() {
        Story bridge = group(StoryFixtures.traits(StoryFixtures.ALL)).get(0);

        assertThat(bridge.links()).isNotEmpty().allSatisfy(link -> {
            assertThat(link.score()).isBetween(StoryRules.DEFAULTS.threshold(), 1.0);
            assertThat(link.reasons()).extracting(Reason::kind).contains(Reason.Kind.NAMES, Reason.Kind.DATES);
        });
        Reason names = bridge.links().get(0).reasons().stream()
                .filter(r -> r.kind() == Reason.Kind.NAMES)
                .findFirst()
                .orElseThrow();
        assertThat(names.detail()).contains("Sadono", "Lesti");
        assertThat(bridge.dates(StoryRules.DEFAULTS.dateDays())).contains(LocalDate.of(2024, 3, 7));
    }

    @Test
    void should_make_a_near_duplicate_one_story_with_the_duplicate_reason() {
        String copy = StoryFixtures.BRIDGE_1.replace("Kabar Malang", "Portal Jatim") + "\n\nBaca berita lainnya.";
        List<Story> stories = group(List.of(
                StoryFixtures.traits("bridge-1", StoryFixtures.BRIDGE_1),
                StoryFixtures.traits("copy", copy),
                StoryFixtures.traits("football", StoryFixtures.FOOTBALL)));

        assertThat(groups(stories)).containsExactly(List.of("bridge-1", "copy"), List.of("football"));
        assertThat(stories.get(0).links().get(0).reasons())
                .extracting(Reason::kind)
                .contains(Reason.Kind.DUPLICATE);
        assertThat(stories.get(0).links().get(0).score()).isEqualTo(1.0);
    }

    @Test
    void should_not_chain_two_weak_halves_into_one_story() {
        // b shares all its names with a and with c, a and c nothing with each other: single-link
        // would chain a-b-c; average-link joins b to one side and leaves the other alone.
        List<StoryTraits> traits = List.of(
                names("a", "Alfa", "Bravo"),
                names("b", "Alfa", "Bravo", "Charlie", "Delta"),
                names("c", "Charlie", "Delta"),
                names("d", "Echo"),
                names("e", "Foxtrot"));

        List<Story> stories = group(traits);

        assertThat(groups(stories)).contains(List.of("a", "b"), List.of("c"));
    }

    @Test
    void should_give_every_article_one_story_with_an_id_from_its_first_member() {
        List<StoryTraits> traits = StoryFixtures.traits(StoryFixtures.ALL);

        List<Story> once = group(traits);
        List<Story> again = group(traits);

        assertThat(once.stream().mapToInt(s -> s.members().size()).sum()).isEqualTo(traits.size());
        assertThat(once)
                .extracting(Story::id)
                .isEqualTo(again.stream().map(Story::id).toList());
        assertThat(once.get(0).id()).isEqualTo(Story.idOf("bridge-1")).matches("s-[0-9a-f]{10}");
    }

    @Test
    void should_refuse_two_articles_with_one_id() {
        StoryTraits one = names("a", "Alfa");

        assertThatThrownBy(() -> group(List.of(one, one)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a");
    }

    private static StoryTraits names(String id, String... names) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (String name : names) {
            parts.put(name.toLowerCase(java.util.Locale.ROOT), name);
        }
        return new StoryTraits(id, null, null, null, null, List.of(), parts, List.of(), null);
    }
}
