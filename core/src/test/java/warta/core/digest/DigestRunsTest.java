package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchRunner;
import warta.core.chunk.TokenCounters;
import warta.core.error.InputException;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.Task;
import warta.core.testing.FakeDigest;
import warta.core.testing.FakeModel;
import warta.core.usage.Messages;

/** A digest over a batch output folder, the dry run, and a story too long for one request. */
class DigestRunsTest {

    @TempDir
    Path dir;

    private static final ModelConfig CONFIG = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .build();

    private static Warta warta(ModelConfig config, ChatModel model) {
        return Warta.builder(config)
                .models((c, inner, files) -> inner.apply(model))
                .build();
    }

    private static boolean translation(ChatRequest request) {
        return FakeModel.lastUser(request).contains("paragraphs into English");
    }

    private static boolean summary(ChatRequest request) {
        return FakeModel.system(request).contains("You summarize news articles");
    }

    @Test
    void should_not_ask_again_for_what_a_batch_output_folder_has_done() throws Exception {
        List<String> inputs = DigestFixtures.write(dir.resolve("in"));
        Path out = dir.resolve("out");
        FakeModel model = FakeDigest.model();
        try (Warta warta = warta(CONFIG, model)) {
            try (BatchRunner runner = warta.batch(
                    new BatchOptions(out, EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE), false, false, false, 2))) {
                runner.run(
                        warta.items(List.of(dir.resolve("in").toString()), InputStream.nullInputStream()),
                        BatchListener.NONE,
                        () -> false);
            }
            int batchRequests = model.requests().size();
            assertThat(model.requests()).filteredOn(DigestRunsTest::translation).hasSize(4);

            DigestInput input = warta.digestInput(List.of(out.toString()), InputStream.nullInputStream());
            assertThat(input.size()).isEqualTo(4);
            assertThat(input.reused()).isEqualTo(4);
            assertThat(input.problems()).isEmpty();
            Digest digest = warta.digest(input, DigestListener.NONE);

            List<ChatRequest> digestRequests =
                    model.requests().subList(batchRequests, model.requests().size());
            assertThat(digestRequests).noneMatch(DigestRunsTest::translation).noneMatch(DigestRunsTest::summary);
            assertThat(digestRequests).hasSize(3 + 1);
            assertThat(digest.stories()).hasSize(3);
            assertThat(digest.checks().passed()).isTrue();
            assertThat(digest.sources().getFirst().location()).endsWith("b-flood-antara.txt");
            assertThat(warta.digestInput(out).reused()).isEqualTo(4);
            DigestInput flood = warta.digestInput(out).only(List.of("b-flood-antara", "d-flood-kompas"));
            assertThat(flood.ids()).containsExactly("b-flood-antara", "d-flood-kompas");
            assertThat(warta.planDigest(flood).requests())
                    .extracting(p -> p.purpose())
                    .containsExactly("story " + digest.stories().getFirst().id());
        }
        assertThat(inputs).hasSize(4);
    }

    @Test
    void should_refuse_a_folder_that_is_not_a_batch_output_and_an_input_without_articles() throws Exception {
        try (Warta warta = warta(CONFIG, FakeDigest.model())) {
            assertThatThrownBy(() -> warta.digestInput(dir))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("not a batch output folder");
            Files.writeString(dir.resolve("index.jsonl"), "");
            DigestInput empty = warta.digestInput(dir);
            assertThatThrownBy(() -> warta.digest(empty, DigestListener.NONE))
                    .isInstanceOf(InputException.class)
                    .hasMessage("no article to digest");
        }
    }

    @Test
    void should_plan_the_stories_and_requests_without_making_a_model() throws Exception {
        List<String> inputs = DigestFixtures.write(dir.resolve("in"));
        Warta warta = Warta.builder(CONFIG)
                .models((c, inner, files) -> {
                    throw new AssertionError("a plan must not make a model");
                })
                .build();

        DigestPlan plan = warta.planDigest(warta.digestInput(inputs, InputStream.nullInputStream()));

        assertThat(plan.stories())
                .extracting(StoryPlan::firstDate)
                .containsExactly("2024-03-03", "2024-06-11", "2024-09-19");
        assertThat(plan.stories().getFirst().articleIds()).containsExactly("b-flood-antara", "d-flood-kompas");
        assertThat(plan.requests())
                .extracting(p -> p.purpose())
                .filteredOn(p -> p.startsWith("article "))
                .hasSize(8);
        assertThat(plan.requests())
                .extracting(p -> p.purpose())
                .filteredOn(p -> p.startsWith("story "))
                .hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("shown on the source text"));
        assertThat(plan.requests().getLast().purpose()).startsWith("briefing over the 3 stories");
        assertThat(plan.requests()).allSatisfy(p -> assertThat(p.inputTokens()).isPositive());
        assertThat(plan.requests()
                        .get(8)
                        .request()
                        .responseFormat()
                        .jsonSchema()
                        .name())
                .isEqualTo("digest_story");
        assertThat(plan.requests()
                        .getLast()
                        .request()
                        .responseFormat()
                        .jsonSchema()
                        .name())
                .isEqualTo("digest_briefing");
        String text = DigestWriter.planText(plan);
        assertThat(text)
                .startsWith("== digest: 3 stories, 12 request(s) first")
                .contains("<story>", "[1:2] Wali Kota Bekasi Tri Adhianto mengatakan 5 orang");
        assertThat(DigestWriter.planJson(plan))
                .startsWith("{\"stories\":[{\"id\":\"s-")
                .contains("\"articleIds\":[\"b-flood-antara\",\"d-flood-kompas\"]", "\"jsonSchema\":null");
    }

    @Test
    void should_write_a_long_story_map_reduce_with_every_request_within_a_small_context() throws Exception {
        Path in = dir.resolve("long");
        Files.createDirectories(in);
        for (int i = 0; i < 12; i++) {
            Files.writeString(
                    in.resolve("flood-" + (char) ('a' + i) + ".txt"),
                    DigestFixtures.FLOOD_ANTARA.replace("40 petugas", (40 + i) + " petugas"));
        }
        ModelConfig small = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("fake")
                .baseUrl("http://127.0.0.1:1/v1")
                .contextTokens(1800)
                .maxOutputTokens(400)
                .build();
        FakeModel model = FakeDigest.model();
        Digest digest;
        try (Warta warta = warta(small, model)) {
            digest = warta.digest(
                    warta.digestInput(List.of(in.toString()), InputStream.nullInputStream()), DigestListener.NONE);
        }

        assertThat(digest.stories()).hasSize(1);
        assertThat(digest.overview()).isEmpty(); // one story: no briefing
        assertThat(digest.sources()).hasSize(12);
        List<String> users =
                model.requests().stream().map(FakeDigest::firstUser).toList();
        assertThat(users).filteredOn(u -> u.contains("this is part 1 of")).hasSize(1);
        assertThat(users)
                .filteredOn(u -> u.contains("Combine them into one digest"))
                .hasSize(1);
        for (ChatRequest request : model.requests()) {
            int tokens = 0;
            for (ChatMessage message : request.messages()) {
                tokens += TokenCounters.o200k().count(Messages.text(message));
            }
            assertThat(tokens * 1.3 + 400).as("a request within the context").isLessThanOrEqualTo(1800);
        }
        assertThat(digest.checks().passed()).isTrue();
        assertThat(digest.stories().getFirst().sentences())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    }
}
