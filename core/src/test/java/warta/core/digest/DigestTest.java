package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.read.ArticleInput;
import warta.core.testing.FakeDigest;
import warta.core.testing.FakeModel;

class DigestTest {

    @TempDir
    Path dir;

    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .build();

    private Warta warta(ChatModel model) {
        return Warta.builder(config)
                .models((c, inner, files) -> inner.apply(model))
                .build();
    }

    private Digest digest(ChatModel model, List<DigestProgress> progress) throws Exception {
        try (Warta warta = warta(model)) {
            DigestInput input =
                    warta.digestInput(DigestFixtures.write(dir.resolve("in")), InputStream.nullInputStream());
            return warta.digest(input, new DigestListener() {
                @Override
                public void progress(DigestProgress p) {
                    progress.add(p);
                }
            });
        }
    }

    @Test
    void should_tell_three_stories_in_date_order_each_statement_citing_an_existing_source_sentence() throws Exception {
        List<DigestProgress> progress = new CopyOnWriteArrayList<>();

        Digest digest = digest(FakeDigest.model(), progress);

        assertThat(digest.stories()).hasSize(3);
        assertThat(digest.stories())
                .extracting(DigestStory::firstDate)
                .containsExactly("2024-03-03", "2024-06-11", "2024-09-19"); // the rain began on Sunday, 3 March
        assertThat(digest.stories().getFirst().sources()).containsExactly(1, 2);
        assertThat(digest.sources())
                .extracting(DigestSource::id)
                .containsExactly("b-flood-antara", "d-flood-kompas", "c-quake", "a-fair");
        assertThat(digest.sources().getFirst().outlet()).isEqualTo("Antara");
        assertThat(digest.sources().getFirst().published()).isEqualTo("2024-03-05");
        List<DigestStatement> statements = new ArrayList<>(digest.overview());
        digest.stories().forEach(s -> {
            assertThat(s.id()).startsWith("s-");
            assertThat(s.sentences()).hasSizeBetween(2, 4);
            statements.addAll(s.sentences());
            statements.addAll(s.keyPoints());
        });
        assertThat(digest.overview()).hasSize(3);
        for (DigestStatement statement : statements) {
            assertThat(statement.citations()).as(statement.text()).isNotEmpty();
            for (Citation c : statement.citations()) {
                DigestSource source = digest.sources().get(c.source() - 1);
                assertThat(c.sentences())
                        .isNotEmpty()
                        .allSatisfy(n ->
                                assertThat(n).isBetween(1, source.sentences().size()));
            }
        }
        assertThat(digest.checks().findings()).isEmpty();
        assertThat(digest.checks().passed()).isTrue();
        assertThat(progress).extracting(DigestProgress::stage).contains("articles", "stories", "briefing");
        assertThat(progress).filteredOn(p -> p.stage().equals("articles")).hasSize(4);
        assertThat(digest.usage().requests()).isEqualTo(4 * 2 + 3 + 1);
    }

    @Test
    void should_say_where_outlets_give_different_numbers_even_when_the_model_does_not() throws Exception {
        Digest digest = digest(FakeDigest.model(), new ArrayList<>());

        DigestStory flood = digest.stories().getFirst();
        assertThat(flood.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("number");
            assertThat(d.text()).contains("[1] Antara says 5", "[2] Kompas says 7", "\"orang\"");
            assertThat(d.citations()).containsExactly(new Citation(1, List.of(2)), new Citation(2, List.of(2)));
        });
        assertThat(digest.stories().get(1).disagreements()).isEmpty();
    }

    @Test
    void should_catch_a_planted_number_and_name_that_the_cited_sentences_do_not_hold() throws Exception {
        FakeModel planting = FakeModel.answering(request -> {
            String answer = FakeDigest.answer(request);
            if (FakeDigest.firstUser(request).contains("<story>") && answer.contains("\"sentences\":[")) {
                return answer.replace(
                        "\"sentences\":[",
                        "\"sentences\":[{\"text\":\"Officials in Surabaya said 99 homes were lost.\",\"cites\":[[1,1]]},");
            }
            return answer;
        });

        Digest digest = digest(planting, new ArrayList<>());

        assertThat(digest.checks().passed()).isFalse();
        List<DigestFinding> planted = digest.checks().findings().stream()
                .filter(f -> f.statement().contains("Surabaya"))
                .filter(f -> digest.stories().getFirst().id().equals(f.story())) // [1, 1] is shown there only
                .toList();
        assertThat(planted).extracting(DigestFinding::kind).containsOnly("unsupported");
        assertThat(planted)
                .extracting(DigestFinding::detail)
                .anySatisfy(d -> assertThat(d).contains("99"))
                .anySatisfy(d -> assertThat(d).contains("Surabaya"));
        assertThat(planted).allSatisfy(f -> assertThat(f.citations()).containsExactly(new Citation(1, List.of(1))));
        assertThat(digest.checks().findings())
                .filteredOn(f ->
                        f.story() != null && !digest.stories().getFirst().id().equals(f.story()))
                .extracting(DigestFinding::kind, DigestFinding::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "citation", "cites no source sentence, so nothing supports it"));
    }

    @Test
    void should_render_json_with_the_records_names() throws Exception {
        Digest digest = digest(FakeDigest.model(), new ArrayList<>());

        JsonNode json = new ObjectMapper().readTree(DigestWriter.render(digest, DigestFormat.JSON));

        assertThat(json.path("sources").get(0).path("number").asInt()).isEqualTo(1);
        assertThat(json.path("sources").get(0).path("location").asText()).endsWith("b-flood-antara.txt");
        assertThat(json.path("stories")
                        .get(0)
                        .path("keyPoints")
                        .get(0)
                        .path("citations")
                        .get(0)
                        .path("source")
                        .asInt())
                .isEqualTo(1);
        assertThat(json.path("stories")
                        .get(0)
                        .path("disagreements")
                        .get(0)
                        .path("subject")
                        .asText())
                .isEqualTo("number");
        assertThat(json.path("checks").path("passed").asBoolean()).isTrue();
        assertThat(json.path("usage").path("requests").asInt()).isEqualTo(12);
        assertThat(json.path("overview").size()).isEqualTo(3);
    }

    @Test
    void should_repair_citations_the_reports_do_not_show_with_one_stricter_retry() throws Exception {
        FakeModel wrongFirst = FakeModel.answering(request -> {
            String answer = FakeDigest.answer(request);
            boolean story = FakeDigest.firstUser(request).contains("<story>");
            boolean retry = FakeModel.lastUser(request).startsWith("Your previous answer could not be used");
            return story && !retry ? answer.replaceAll("\\[\\[\\d+,\\d+]", "[[9,9]") : answer;
        });

        Digest digest = digest(wrongFirst, new ArrayList<>());

        assertThat(digest.checks().findings()).isEmpty();
        List<String> retries = wrongFirst.requests().stream()
                .map(FakeModel::lastUser)
                .filter(u -> u.startsWith("Your previous answer could not be used"))
                .toList();
        assertThat(retries)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r).contains("cites [9, 9], which the text does not show"));
    }

    @Test
    void should_report_citations_still_wrong_after_the_retry() throws Exception {
        FakeModel alwaysWrong = FakeModel.answering(request -> {
            String answer = FakeDigest.answer(request);
            return FakeDigest.firstUser(request).contains("<story>")
                    ? answer.replaceFirst("\\]\\]}", "],[9,9]]}")
                    : answer;
        });

        Digest digest = digest(alwaysWrong, new ArrayList<>());

        assertThat(digest.checks().passed()).isFalse();
        assertThat(digest.checks().findings()).hasSize(3).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo("citation");
            assertThat(f.detail()).contains("cites [9, 9], which the text does not show");
            assertThat(f.citations()).isNotEmpty();
        });
    }

    @Test
    void should_date_stories_whose_days_have_no_year_by_the_weekday_beside_them() throws Exception {
        Path in = dir.resolve("undated");
        java.nio.file.Files.createDirectories(in);
        java.nio.file.Files.writeString(in.resolve("a-sept.txt"), """
                Delegasi Jepang tiba di Surabaya pada Sabtu (14/9) untuk membahas kerja sama pelabuhan. Mereka bertemu Gubernur Jawa Timur Khofifah Indar Parawansa di Gedung Grahadi.
                """);
        java.nio.file.Files.writeString(in.resolve("b-june.txt"), """
                Presiden Prancis tiba di Denpasar pada Selasa (18/6) untuk menghadiri konferensi iklim. Ia disambut Gubernur Bali Wayan Koster di Bandara Ngurah Rai.
                """);
        java.nio.file.Files.writeString(in.resolve("c-march.txt"), DigestFixtures.FLOOD_ANTARA);
        try (Warta warta = warta(FakeDigest.model())) {
            DigestPlan plan =
                    warta.planDigest(warta.digestInput(List.of(in.toString()), InputStream.nullInputStream()));

            assertThat(plan.stories())
                    .extracting(StoryPlan::firstDate)
                    .containsExactly("2024-03-03", "2024-06-18", "2024-09-14");
        }
    }

    @Test
    void should_say_where_outlets_date_the_same_thing_on_different_days() throws Exception {
        Path in = dir.resolve("dates");
        java.nio.file.Files.createDirectories(in);
        java.nio.file.Files.writeString(in.resolve("a.txt"), DigestFixtures.FLOOD_ANTARA);
        java.nio.file.Files.writeString(
                in.resolve("b.txt"), DigestFixtures.FLOOD_KOMPAS.replace("Senin (4/3/2024)", "Selasa (5/3/2024)"));
        Digest digest;
        try (Warta warta = warta(FakeDigest.model())) {
            digest = warta.digest(
                    warta.digestInput(List.of(in.toString()), InputStream.nullInputStream()), DigestListener.NONE);
        }

        assertThat(digest.stories())
                .singleElement()
                .satisfies(story -> assertThat(story.disagreements())
                        .filteredOn(d -> d.subject().equals("date"))
                        .singleElement()
                        .satisfies(d -> {
                            assertThat(d.text())
                                    .isEqualTo("The reports give different dates: [1] Antara gives 4 March 2024"
                                            + " (\"4/3/2024\"), [2] Kompas gives 5 March 2024 (\"5/3/2024\").");
                            assertThat(d.citations())
                                    .containsExactly(new Citation(1, List.of(1)), new Citation(2, List.of(1)));
                        }));
    }

    @Test
    void should_name_a_fact_the_story_holds_elsewhere_than_where_the_statement_points() throws Exception {
        FakeModel misplaced = FakeModel.answering(request -> {
            String answer = FakeDigest.answer(request);
            if (FakeDigest.firstUser(request).contains("<story>") && answer.contains("\"sentences\":[")) {
                return answer.replace(
                        "\"sentences\":[",
                        "\"sentences\":[{\"text\":\"The agency sent 40 officers.\",\"cites\":[[1,1]]},");
            }
            return answer;
        });

        Digest digest = digest(misplaced, new ArrayList<>());

        assertThat(digest.checks().findings())
                .filteredOn(f -> digest.stories().getFirst().id().equals(f.story()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("citation");
                    assertThat(f.detail())
                            .isEqualTo("\"40\" is not in the sentences it cites ([1, s1]), but elsewhere in the story");
                });
    }

    @Test
    void should_read_the_servers_articles_and_name_the_ones_it_cannot_use() throws Exception {
        try (Warta warta = warta(FakeDigest.model())) {
            DigestInput input = warta.digestInput(List.of(
                    ArticleInput.text("flood", DigestFixtures.FLOOD_ANTARA),
                    ArticleInput.url("far", "http://127.0.0.1:1/nothing-here"),
                    ArticleInput.text("quake", DigestFixtures.QUAKE)));

            assertThat(input.size()).isEqualTo(2);
            assertThat(input.ids()).containsExactly("flood", "quake");
            assertThat(input.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p).startsWith("articles[1]: "));
            Digest digest = warta.digest(input, DigestListener.NONE);
            assertThat(digest.stories()).hasSize(2);
            assertThat(digest.sources()).extracting(DigestSource::location).containsExactly("(inline)", "(inline)");
        }
    }
}
