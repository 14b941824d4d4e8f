package warta.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchReport;
import warta.core.batch.BatchRunner;
import warta.core.batch.ItemOutcome;
import warta.core.batch.source.BatchItem;
import warta.core.chunk.Chunker;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.error.SettingNames;
import warta.core.error.TooLargeException;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.ModelFactory;
import warta.core.model.Provider;
import warta.core.model.RetryPolicy;
import warta.core.model.RetryingChatModel;
import warta.core.process.PreparedArticle;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.read.ArticleInput;
import warta.core.read.ReadOptions;
import warta.core.result.ArticleResult;
import warta.core.story.StoryReport;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

class WartaTest {

    private static final String SUMMARY = FakeEnglish.SUMMARY;
    private static final String TEXT =
            "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid.\n\n"
                    + "Petugas mengerahkan 4 perahu karet untuk mengevakuasi lansia dan anak-anak.";

    @TempDir
    Path dir;

    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .maxRetries(2)
            .concurrency(2)
            .build();
    private final List<UnaryOperator<ChatModel>> inners = new CopyOnWriteArrayList<>();

    private static FakeModel faithful() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : SUMMARY);
    }

    /** Makes models as the real factory does: the retry layer outermost, {@code inner} inside it. */
    private ModelFactory factory(ChatModel raw) {
        RetryPolicy noWait = new RetryPolicy(
                2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1), millis -> {}, () -> 0.0);
        return (c, inner, files) -> {
            inners.add(inner);
            return new RetryingChatModel(inner.apply(raw), c, noWait);
        };
    }

    private Warta warta(ChatModel raw) {
        return Warta.builder(config).models(factory(raw)).build();
    }

    @Test
    void should_make_no_model_before_the_first_request() {
        Warta warta = Warta.builder(config)
                .models((c, inner, files) -> {
                    throw new AssertionError("no model may be made");
                })
                .build();

        assertThat(warta.plan(Article.text(Source.inline(), TEXT), EnumSet.allOf(Task.class)))
                .isNotEmpty();
        assertThat(warta.inspect(Article.text(Source.inline(), TEXT)).sentences())
                .hasSize(3);
    }

    @Test
    void should_put_a_limiter_inside_the_retry_layer_of_single_articles_and_of_each_batch() {
        ChatModel raw = faithful();
        Warta warta = warta(raw);

        warta.process(Article.text(Source.inline(), TEXT), EnumSet.of(Task.TRANSLATE), ProcessListener.NONE);
        try (BatchRunner runner = warta.batch(options())) {
            runner.run(
                    warta.items(List.of(write("banjir.txt").toString()), InputStream.nullInputStream()),
                    BatchListener.NONE,
                    () -> false);
        }

        assertThat(inners).hasSize(2);
        assertThat(inners)
                .allSatisfy(inner -> assertThat(inner.apply(raw).getClass().getName())
                        .startsWith("warta.core.batch.AdaptiveLimiter"));
    }

    @Test
    void should_remember_a_refused_json_schema_for_every_model_of_the_engine_and_its_plans() {
        FakeModel answers = faithful();
        AtomicInteger refusals = new AtomicInteger();
        AtomicInteger withSchema = new AtomicInteger();
        ChatModel raw = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                if (request.responseFormat() != null) {
                    withSchema.incrementAndGet();
                    refusals.incrementAndGet();
                    throw new HttpException(400, "{\"error\":{\"message\":\"response_format is not supported\"}}");
                }
                return answers.chat(request);
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return doChat(request);
            }

            @Override
            public Set<Capability> supportedCapabilities() {
                return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
            }
        };
        Warta warta = warta(raw);
        assertThat(warta.plan(Article.text(Source.inline(), TEXT), EnumSet.of(Task.SUMMARIZE)))
                .last()
                .satisfies(p -> assertThat(p.request().responseFormat()).isNotNull());

        ArticleResult single =
                warta.process(Article.text(Source.inline(), TEXT), EnumSet.of(Task.SUMMARIZE), ProcessListener.NONE);
        try (BatchRunner runner = warta.batch(options())) {
            runner.run(
                    warta.items(List.of(write("banjir.txt").toString()), InputStream.nullInputStream()),
                    BatchListener.NONE,
                    () -> false);
        }

        assertThat(single.summary()).isNotNull();
        assertThat(refusals)
                .as("asked with a schema once, then never again by any model of the engine")
                .hasValue(1);
        assertThat(withSchema).hasValue(1);
        assertThat(warta.stats().failures(ModelException.Kind.BAD_REQUEST))
                .as("the refusal is no failure")
                .isZero();
        assertThat(warta.plan(Article.text(Source.inline(), TEXT), EnumSet.of(Task.SUMMARIZE)))
                .last()
                .satisfies(p -> assertThat(p.request().responseFormat()).isNull());
    }

    @Test
    void should_count_batch_and_single_requests_in_its_stats_and_a_failure_once_after_the_retries() {
        AtomicInteger calls = new AtomicInteger();
        FakeModel answers = faithful();
        ChatModel raw = FakeModel.answering(request -> {
            if (FakeModel.lastUser(request).contains("GAGAL")) {
                calls.incrementAndGet();
                throw new ModelException(ModelException.Kind.SERVER_ERROR, "HTTP 500");
            }
            return answers.chat(request).aiMessage().text();
        });
        Warta warta = warta(raw);

        warta.process(Article.text(Source.inline(), TEXT), EnumSet.of(Task.TRANSLATE), ProcessListener.NONE);
        long single = warta.stats().requests();
        BatchReport report;
        try (BatchRunner runner = warta.batch(options())) {
            report = runner.run(
                    warta.items(List.of(write("banjir.txt").toString()), InputStream.nullInputStream()),
                    BatchListener.NONE,
                    () -> false);
        }
        assertThatThrownBy(() -> warta.process(
                        Article.text(Source.inline(), "GAGAL " + TEXT),
                        EnumSet.of(Task.TRANSLATE),
                        ProcessListener.NONE))
                .isInstanceOf(ModelException.class);

        assertThat(single).isPositive();
        assertThat(report.processed()).isEqualTo(1);
        assertThat(warta.stats().requests()).isGreaterThan(single);
        assertThat(warta.stats().inputTokens()).isPositive();
        assertThat(calls.get()).isEqualTo(3);
        assertThat(warta.stats().failures(ModelException.Kind.SERVER_ERROR)).isEqualTo(1);
    }

    @Test
    void should_prepare_an_input_under_its_id_and_refuse_one_over_the_limit() {
        Warta warta = Warta.builder(config)
                .models(factory(faithful()))
                .maxArticleChars(100, "test.max-chars")
                .build();

        PreparedArticle short1 = warta.prepare(ArticleInput.text("banjir-1", "Banjir merendam 120 rumah di Cipinang."));

        assertThat(short1.id()).isEqualTo("banjir-1");
        assertThatThrownBy(() -> warta.prepare(ArticleInput.text(null, TEXT)))
                .isInstanceOf(TooLargeException.class)
                .hasMessageEndingWith("at most 100 are taken (test.max-chars)");
        assertThatThrownBy(() -> warta.prepare(Article.text(Source.inline(), "Banjir di Cipinang."), "a b"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("\"id\" must be 1 to 80 letters");
    }

    @Test
    void should_refuse_to_inspect_an_article_over_the_limit() {
        Warta warta = Warta.builder().maxArticleChars(100, "test.max-chars").build();

        assertThat(warta.inspect(Article.text(Source.inline(), "Banjir merendam 120 rumah di Cipinang."))
                        .sentences())
                .hasSize(1);
        assertThatThrownBy(() -> warta.inspect(Article.text(Source.inline(), TEXT)))
                .isInstanceOf(TooLargeException.class)
                .hasMessage("the article has 168 characters of text after cleaning; at most 100 are taken"
                        + " (test.max-chars)");
        assertThatThrownBy(() -> warta.inspect(Article.text(Source.inline(), TEXT), Chunker.MIN_TOKENS))
                .isInstanceOf(TooLargeException.class);
    }

    @Test
    void should_give_the_failure_reason_of_a_batch_article_in_the_front_ends_setting_names() {
        ChatModel tooLong = FakeModel.answering(request -> {
            throw new ModelException(
                    ModelException.Kind.CONTEXT_LENGTH,
                    names -> "context length exceeded: lower " + names.name("chunk-tokens"),
                    null);
        });
        SettingNames properties = key -> "warta." + key;
        Warta warta = Warta.builder(config)
                .models(factory(tooLong))
                .settingNames(properties)
                .build();

        BatchReport report;
        try (BatchRunner runner = warta.batch(options())) {
            report = runner.run(
                    warta.items(List.of(write("banjir.txt").toString()), InputStream.nullInputStream()),
                    BatchListener.NONE,
                    () -> false);
        }

        assertThat(warta.settingNames()).isSameAs(properties);
        assertThat(report.failures())
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.reason())
                        .startsWith("context length exceeded: lower warta.chunk-tokens")
                        .doesNotContain("--"));
    }

    @Test
    void should_fail_a_batch_article_over_the_limit_without_asking_the_model() {
        Warta warta = Warta.builder(config)
                .models(factory(faithful()))
                .maxArticleChars(100, "test.max-chars")
                .build();
        List<ItemOutcome> outcomes = new CopyOnWriteArrayList<>();
        BatchListener listener = new BatchListener() {
            @Override
            public void finished(ItemOutcome outcome) {
                outcomes.add(outcome);
            }
        };

        BatchReport report;
        try (BatchRunner runner = warta.batch(options())) {
            report = runner.run(
                    warta.items(List.of(write("banjir.txt").toString()), InputStream.nullInputStream()),
                    listener,
                    () -> false);
        }

        assertThat(report.failed()).isEqualTo(1);
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(ItemOutcome.Status.FAILED);
            assertThat(outcome.reason()).endsWith("at most 100 are taken (test.max-chars)");
        });
        assertThat(warta.stats().requests()).isZero();
    }

    @Test
    void should_use_a_request_glossary_for_that_article_only() {
        List<String> prompts = new CopyOnWriteArrayList<>();
        FakeModel answers = faithful();
        Warta warta = warta(FakeModel.answering(request -> {
            prompts.add(FakeModel.lastUser(request));
            return answers.chat(request).aiMessage().text();
        }));
        PreparedArticle article = warta.prepare(ArticleInput.text("a", TEXT));
        Glossary own = Glossary.fromMap(Map.of("perahu karet", "rubber dinghy"), 10);

        warta.process(article, EnumSet.of(Task.TRANSLATE), own, ProcessListener.NONE);
        warta.process(article, EnumSet.of(Task.TRANSLATE), null, ProcessListener.NONE);

        assertThat(prompts).hasSize(2);
        assertThat(prompts.get(0)).contains("rubber dinghy");
        assertThat(prompts.get(1)).doesNotContain("rubber dinghy");
    }

    @Test
    void should_refuse_a_chunk_budget_below_the_one_minimum() {
        Warta warta = Warta.builder().build();
        Article article = Article.text(Source.inline(), TEXT);

        assertThat(warta.inspect(article, Chunker.MIN_TOKENS).chunks()).isNotEmpty();
        assertThatThrownBy(() -> warta.inspect(article, Chunker.MIN_TOKENS - 1))
                .isInstanceOf(InputException.class)
                .hasMessage("\"chunkTokens\" must be at least 8, not 7");
        assertThatThrownBy(() -> Warta.builder().chunkTokens(7).build()).isInstanceOf(InputException.class);
    }

    @Test
    void should_give_a_result_that_names_the_configured_model() {
        ArticleResult result = warta(faithful())
                .process(Article.text(Source.inline(), TEXT), Set.of(Task.SUMMARIZE), ProcessListener.NONE);

        assertThat(result.usage().model()).isEqualTo("fake");
        assertThat(result.summary()).isNotNull();
    }

    @Test
    void should_make_its_models_one_at_a_time_so_a_download_is_never_started_twice() throws Exception {
        AtomicInteger making = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        FakeModel answers = faithful();
        Warta warta = Warta.builder(config)
                .models((c, inner, files) -> {
                    most.accumulateAndGet(making.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    making.decrementAndGet();
                    return inner.apply(answers);
                })
                .build();

        Thread single = Thread.ofPlatform()
                .start(() -> warta.process(
                        Article.text(Source.inline(), TEXT), EnumSet.of(Task.TRANSLATE), ProcessListener.NONE));
        try (BatchRunner runner = warta.batch(options())) {
            runner.run(
                    warta.items(List.of(write("banjir.txt").toString()), InputStream.nullInputStream()),
                    BatchListener.NONE,
                    () -> false);
        }
        single.join();

        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void should_fail_once_and_early_when_the_model_cannot_be_made() {
        AtomicInteger attempts = new AtomicInteger();
        Warta warta = Warta.builder(config)
                .models((c, inner, files) -> {
                    attempts.incrementAndGet();
                    throw new InputException(
                            "model qwen2.5-1.5b-instruct is not in the cache and --offline forbids downloading it");
                })
                .build();

        assertThatThrownBy(warta::loadModel).isInstanceOf(InputException.class).hasMessageContaining("--offline");
        assertThat(attempts.get()).isEqualTo(1);
    }

    @Test
    void should_prepare_at_once_and_run_in_its_queue_what_is_submitted() throws Exception {
        try (Warta warta = Warta.builder(config)
                .models(factory(faithful()))
                .queue(1, 1, Duration.ofSeconds(30))
                .build()) {
            ArticleResult result = warta.submit(
                            ArticleInput.text("banjir", TEXT), null, EnumSet.of(Task.TRANSLATE), ProcessListener.NONE)
                    .get();

            assertThat(result.id()).isEqualTo("banjir");
            assertThat(result.translation().paragraphs()).hasSize(2);
            ArticleInput boilerplate = ArticleInput.text(null, "TERKAIT\n\nBaca juga: Banjir di Bekasi");
            assertThatThrownBy(() -> warta.submit(boilerplate, null, EnumSet.of(Task.TRANSLATE), ProcessListener.NONE))
                    .isInstanceOf(InputException.class);
            assertThat(warta.queue().waiting()).isZero();
        }
        assertThatThrownBy(() -> warta(faithful()).queue()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_say_why_the_provider_cannot_be_used_without_making_the_model() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ModelConfig down = ModelConfig.builder()
                .provider(Provider.OLLAMA)
                .model("m")
                .baseUrl("http://127.0.0.1:" + port)
                .build();
        Warta warta = Warta.builder(down)
                .models((c, inner, files) -> {
                    throw new AssertionError("a probe makes no model");
                })
                .build();

        assertThat(warta.providerProblem()).get().asString().contains("127.0.0.1:" + port);
    }

    private BatchOptions options() {
        return new BatchOptions(dir.resolve("out"), EnumSet.of(Task.TRANSLATE), false, false, false, 2);
    }

    @Test
    void should_name_a_story_failure_in_the_front_ends_setting_names() {
        SettingNames properties = key -> "warta." + key;
        Warta warta = Warta.builder()
                .readOptions(ReadOptions.defaults().withMaxBytes(20))
                .settingNames(properties)
                .build();

        StoryReport report = warta.stories(List.of(write("banjir.txt").toString()), InputStream.nullInputStream());

        assertThat(report.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure)
                        .contains("raise it with warta.max-bytes")
                        .doesNotContain("--"));
    }

    @Test
    void should_close_the_items_of_stories_when_an_item_fails_unexpectedly() {
        AtomicBoolean closed = new AtomicBoolean();
        Source source = Source.file("banjir.txt");
        Stream<BatchItem> items = Stream.of(
                        new BatchItem("banjir", source, () -> Article.text(source, TEXT)),
                        new BatchItem("rusak", source, () -> {
                            throw new IllegalStateException("a bug in a source");
                        }))
                .onClose(() -> closed.set(true));

        assertThatThrownBy(() -> Warta.builder().build().stories(items)).isInstanceOf(IllegalStateException.class);
        assertThat(closed).isTrue();
    }

    private Path write(String name) {
        try {
            return Files.writeString(dir.resolve(name), TEXT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
