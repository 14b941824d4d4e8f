package warta.core;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.job.Job;
import warta.core.batch.job.JobQueue;
import warta.core.batch.job.JobState;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.PreparedArticle;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.read.ArticleInput;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/** {@link Warta#serverLimits()} and {@link Warta#effectiveConfig()} against a llama-server stand-in. */
class WartaServerLimitsTest {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        server.start();
        server.stubFor(get(urlEqualTo("/props"))
                .willReturn(okJson("{\"default_generation_settings\":{\"n_ctx\":4096},\"total_slots\":2}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private ModelConfig config() {
        return ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl(server.baseUrl() + "/v1")
                .model("local")
                .build();
    }

    @Test
    void should_ask_the_server_once_and_use_what_it_says() {
        try (Warta warta = Warta.builder(config()).learnServerLimits(Set.of()).build()) {
            server.verify(0, anyRequestedFor(anyUrl())); // nothing is asked before it is needed

            assertThat(warta.effectiveConfig().contextTokens()).isEqualTo(4096);
            assertThat(warta.effectiveConfig().concurrency()).isEqualTo(2);
            assertThat(warta.serverLimits().describe()).contains("llama-server GET /props");
        }
        server.verify(1, getRequestedFor(urlEqualTo("/props")));
    }

    @Test
    void should_keep_what_the_user_set() {
        try (Warta warta = Warta.builder(config().toBuilder().concurrency(3).build())
                .learnServerLimits(Set.of("concurrency"))
                .build()) {
            assertThat(warta.effectiveConfig().contextTokens()).isEqualTo(4096);
            assertThat(warta.effectiveConfig().concurrency()).isEqualTo(3);
        }
    }

    @Test
    void should_ask_nothing_unless_told_to_learn() {
        try (Warta warta = Warta.builder(config()).build()) {
            assertThat(warta.effectiveConfig()).isEqualTo(config());
            assertThat(warta.serverLimits().knowsContext()).isFalse();
        }
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void should_keep_requests_with_their_own_glossary_within_the_servers_slots_too() throws Exception {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        warta.core.testing.FakeModel slow = warta.core.testing.FakeModel.answering(request -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return warta.core.testing.FakeEnglish.answer(warta.core.testing.FakeModel.lastUser(request));
        });
        try (Warta engine = Warta.builder(config().toBuilder().concurrency(1).build())
                .learnServerLimits(Set.of())
                .models((c, inner, files) -> inner.apply(slow))
                .build()) {
            warta.core.glossary.Glossary own =
                    warta.core.glossary.Glossary.fromMap(java.util.Map.of("banjir", "flood"), 10);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                PreparedArticle article = engine.prepare(warta.core.read.ArticleInput.text(
                        "a" + i, "Banjir merendam " + (100 + i) + " rumah di Bekasi pada Senin pagi."));
                runs.add(pool.submit(() -> engine.process(
                        article,
                        java.util.EnumSet.of(warta.core.process.Task.TRANSLATE),
                        own,
                        warta.core.process.ProcessListener.NONE)));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        assertThat(most.get()).as("the server has 2 slots").isBetween(1, 2);
    }

    @Test
    void should_key_the_answers_of_jobs_with_what_the_server_said(@TempDir Path dir) throws Exception {
        String text = "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid.\n\n"
                + "Petugas mengerahkan 4 perahu karet untuk mengevakuasi lansia dan anak-anak.";
        FakeModel model =
                FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                        ? FakeEnglish.answer(FakeModel.lastUser(request))
                        : FakeEnglish.SUMMARY);
        try (Warta warta = Warta.builder(config())
                        .learnServerLimits(Set.of())
                        .models((c, inner, files) -> inner.apply(model))
                        .cache(dir.resolve("cache"), 1 << 20)
                        .build();
                JobQueue jobs = warta.jobs(dir.resolve("jobs"), 2, Duration.ofSeconds(5))) {
            Job job = jobs.submit(List.of(ArticleInput.text("banjir", text)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (jobs.status(job.id()).state() != JobState.DONE && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(jobs.status(job.id()).state()).isEqualTo(JobState.DONE);
            int asked = model.requests().size();
            assertThat(asked).isPositive();
            assertThat(warta.effectiveConfig().maxOutputTokens())
                    .as("the learned context cut the answer's share")
                    .isEqualTo(1024);

            warta.process(
                    Article.text(Source.inline(), text),
                    EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE),
                    ProcessListener.NONE);

            assertThat(model.requests())
                    .as("the job's answers are kept under the settings single articles use")
                    .hasSize(asked);
        }
    }
}
