package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.error.ModelException;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.testing.FakeDigest;
import warta.core.testing.FakeModel;

/** Digests whose model errs or fails: what the checks find, and that the rest of the digest stands. */
class DigestFailuresTest {

    @TempDir
    Path dir;

    private static final ModelConfig CONFIG = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .maxRetries(0)
            .concurrency(4)
            .build();

    private Digest digest(ChatModel model, DigestListener listener, String... articles) throws Exception {
        return digest(CONFIG, model, listener, articles);
    }

    private Digest digest(ModelConfig config, ChatModel model, DigestListener listener, String... articles)
            throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(in.resolve((char) ('a' + i) + ".txt"), articles[i]);
        }
        try (Warta warta = Warta.builder(config)
                .models((c, inner, files) -> inner.apply(model))
                .build()) {
            return warta.digest(warta.digestInput(List.of(in.toString()), InputStream.nullInputStream()), listener);
        }
    }

    private static FakeModel answering(Function<ChatRequest, String> change) {
        return FakeModel.answering(change::apply);
    }

    private static DigestListener collect(List<DigestProgress> events) {
        return new DigestListener() {
            @Override
            public void progress(DigestProgress p) {
                events.add(p);
            }
        };
    }

    private static boolean story(ChatRequest request) {
        return FakeDigest.firstUser(request).contains("<story>");
    }

    private static boolean translation(ChatRequest request) {
        return FakeModel.lastUser(request).contains("paragraphs into English");
    }

    @Test
    void should_not_let_a_number_the_translation_got_wrong_support_a_digest_sentence() throws Exception {
        FakeModel wrong = answering(request -> {
            String answer = FakeDigest.answer(request);
            if (translation(request)) {
                return answer.replace("30", "50"); // "30 rumah" rendered "50 houses"
            }
            if (story(request)) {
                return answer.replace(
                        "\"sentences\":[",
                        "\"sentences\":[{\"text\":\"The quake damaged 50 homes.\",\"cites\":[[1,3]]},");
            }
            return answer;
        });

        Digest digest = digest(wrong, DigestListener.NONE, DigestFixtures.QUAKE);

        assertThat(digest.checks().passed()).isFalse();
        assertThat(digest.checks().findings())
                .filteredOn(f -> f.statement().equals("The quake damaged 50 homes."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("unsupported");
                    assertThat(f.detail()).contains("50");
                });
        assertThat(digest.checks().findings())
                .filteredOn(f -> f.detail().startsWith("article a [1], its own check: "))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.kind()).isEqualTo("unsupported");
                    assertThat(f.citations()).containsExactly(new Citation(1, List.of()));
                    assertThat(f.story()).isEqualTo(digest.stories().getFirst().id());
                });
    }

    @Test
    void should_check_the_headline_against_the_whole_story() throws Exception {
        FakeModel planting = answering(request -> {
            String answer = FakeDigest.answer(request);
            return story(request)
                    ? answer.replace("Reports describe the event", "An earthquake damaged 99 homes in Bandung")
                    : answer;
        });

        Digest digest = digest(planting, DigestListener.NONE, DigestFixtures.QUAKE);

        assertThat(digest.stories().getFirst().headline()).isEqualTo("An earthquake damaged 99 homes in Bandung");
        List<DigestFinding> headline = digest.checks().findings().stream()
                .filter(f -> f.statement().equals("An earthquake damaged 99 homes in Bandung"))
                .toList();
        assertThat(headline).extracting(DigestFinding::kind).containsOnly("unsupported");
        assertThat(headline)
                .extracting(DigestFinding::detail)
                .allSatisfy(d -> assertThat(d).startsWith("headline: "))
                .anySatisfy(d -> assertThat(d).contains("99"))
                .anySatisfy(d -> assertThat(d).contains("Bandung"));
    }

    @Test
    void should_leave_out_an_article_the_model_failed_on_and_go_on_with_the_others() throws Exception {
        FakeModel failing = answering(request -> {
            if (FakeModel.lastUser(request).contains("Garut")) {
                throw new ModelException(ModelException.Kind.BAD_REQUEST, "the provider refused the request");
            }
            return FakeDigest.answer(request);
        });

        Digest digest = digest(failing, DigestListener.NONE, DigestFixtures.FLOOD_ANTARA, DigestFixtures.QUAKE);

        assertThat(digest.sources()).extracting(DigestSource::id).containsExactly("a");
        assertThat(digest.stories()).hasSize(1);
        assertThat(digest.checks().findings())
                .filteredOn(f -> f.kind().equals("incomplete"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.statement()).isEqualTo("article b is left out");
                    assertThat(f.detail()).contains("the provider refused the request");
                });
    }

    @Test
    void should_keep_a_story_the_model_failed_on_with_its_sources_and_no_sentences() throws Exception {
        FakeModel failing = answering(request -> {
            if (story(request) && FakeDigest.firstUser(request).contains("[2:")) {
                throw new ModelException(ModelException.Kind.BAD_REQUEST, "the provider refused the request");
            }
            return FakeDigest.answer(request);
        });

        Digest digest = digest(failing, DigestListener.NONE, DigestFixtures.FLOOD_ANTARA, DigestFixtures.QUAKE);

        assertThat(digest.stories()).hasSize(2);
        DigestStory quake = digest.stories().get(1);
        assertThat(quake.sentences()).isEmpty();
        assertThat(quake.sources()).containsExactly(2);
        assertThat(digest.stories().getFirst().sentences()).isNotEmpty();
        assertThat(digest.checks().findings())
                .filteredOn(f -> f.kind().equals("incomplete"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.story()).isEqualTo(quake.id());
                    assertThat(f.detail()).contains("the provider refused the request");
                });
    }

    @Test
    void should_give_no_overview_but_the_stories_when_the_briefing_fails() throws Exception {
        FakeModel failing = answering(request -> {
            if (FakeDigest.firstUser(request).contains("<stories>")) {
                throw new ModelException(ModelException.Kind.BAD_REQUEST, "the provider refused the request");
            }
            return FakeDigest.answer(request);
        });

        Digest digest = digest(failing, DigestListener.NONE, DigestFixtures.FLOOD_ANTARA, DigestFixtures.QUAKE);

        assertThat(digest.overview()).isEmpty();
        assertThat(digest.stories())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.sentences()).isNotEmpty());
        assertThat(digest.checks().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("incomplete");
            assertThat(f.statement()).isEqualTo("the overview could not be written");
        });
    }

    @Test
    void should_fail_when_nothing_could_be_done_or_the_model_timed_out_and_send_nothing_after() throws Exception {
        FakeModel refusing = answering(request -> {
            throw new ModelException(ModelException.Kind.AUTHENTICATION, "the API key is wrong");
        });
        assertThatThrownBy(() -> digest(refusing, DigestListener.NONE, DigestFixtures.QUAKE))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("the API key is wrong");

        List<DigestProgress> events = new CopyOnWriteArrayList<>();
        FakeModel slow = answering(request -> {
            if (FakeModel.lastUser(request).contains("Garut")) {
                throw new ModelException(ModelException.Kind.TIMEOUT, "no answer in time");
            }
            return FakeDigest.answer(request);
        });
        assertThatThrownBy(() -> digest(
                        slow, collect(events), DigestFixtures.FLOOD_ANTARA, DigestFixtures.QUAKE, DigestFixtures.FAIR))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("no answer in time");
        int seen = events.size();
        Thread.sleep(200);
        assertThat(events).hasSize(seen).noneMatch(e -> e.stage().equals("stories"));
    }

    @Test
    void should_report_each_stages_progress_in_order_when_steps_finish_at_once() throws Exception {
        List<DigestProgress> events = new CopyOnWriteArrayList<>();
        DigestListener slowFirst = new DigestListener() {
            @Override
            public void progress(DigestProgress p) {
                if (p.done() == 1) {
                    try {
                        Thread.sleep(150); // the listener is slow: a second step done meanwhile must wait
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                events.add(p);
            }
        };

        digest(
                FakeDigest.model(),
                slowFirst,
                DigestFixtures.FLOOD_ANTARA,
                DigestFixtures.QUAKE,
                DigestFixtures.FAIR,
                DigestFixtures.FLOOD_KOMPAS);

        for (String stage : List.of("articles", "stories")) {
            List<Integer> done = new ArrayList<>(events.stream()
                    .filter(e -> e.stage().equals(stage))
                    .map(DigestProgress::done)
                    .toList());
            assertThat(done).as(stage).isSorted().doesNotHaveDuplicates().isNotEmpty();
        }
    }

    @Test
    void should_say_when_a_part_of_a_long_story_could_not_be_read() throws Exception {
        String[] floods = new String[12];
        for (int i = 0; i < floods.length; i++) {
            floods[i] = DigestFixtures.FLOOD_ANTARA.replace("40 petugas", (40 + i) + " petugas");
        }
        ModelConfig small =
                CONFIG.toBuilder().contextTokens(1800).maxOutputTokens(400).build();
        FakeModel garbling = answering(request -> FakeDigest.firstUser(request).contains("this is part 1 of")
                ? "I cannot answer in JSON."
                : FakeDigest.answer(request));

        Digest digest = digest(small, garbling, DigestListener.NONE, floods);

        assertThat(digest.stories())
                .singleElement()
                .satisfies(s -> assertThat(s.sentences()).isNotEmpty());
        assertThat(digest.checks().findings())
                .filteredOn(f -> f.kind().equals("incomplete"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.statement()).isEqualTo("a part of the story is missing");
                    assertThat(f.detail()).contains("part 1 of");
                });
    }

    @Test
    void should_say_when_a_story_answer_has_no_sentences() throws Exception {
        FakeModel empty = answering(request -> {
            String answer = FakeDigest.answer(request);
            return story(request)
                    ? answer.replaceAll("\"sentences\":\\[.*?],\"keyPoints\"", "\"sentences\":[],\"keyPoints\"")
                    : answer;
        });

        Digest digest = digest(empty, DigestListener.NONE, DigestFixtures.QUAKE);

        assertThat(digest.stories().getFirst().sentences()).isEmpty();
        assertThat(digest.checks().findings())
                .filteredOn(f -> f.kind().equals("incomplete"))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("no sentences"));
    }
}
