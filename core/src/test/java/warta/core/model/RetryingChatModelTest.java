package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.model.internal.ProviderHttpException;

class RetryingChatModelTest {

    private final List<Duration> sleeps = new ArrayList<>();
    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .baseUrl("http://llm.test/v1")
            .apiKey("sk-secret-key")
            .maxRetries(3)
            .build();

    private RetryingChatModel retrying(ScriptedChatModel fake) {
        RetryPolicy policy = RetryPolicy.from(config).withSleeper(sleeps::add).withRandom(() -> 0.5);
        return new RetryingChatModel(fake, config, policy);
    }

    @Test
    void should_retry_retriable_failures_then_return_the_answer() {
        ScriptedChatModel fake = new ScriptedChatModel(
                new InternalServerException("boom"), new TimeoutException("slow"), "Good morning");

        String answer = retrying(fake).chat("Selamat pagi");

        assertThat(answer).isEqualTo("Good morning");
        assertThat(fake.requests).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void should_wait_exactly_as_long_as_retry_after_says() {
        RateLimitException rateLimited = new RateLimitException(
                new ProviderHttpException(429, "{\"error\":{\"message\":\"slow down\"}}", Duration.ofSeconds(7)));
        ScriptedChatModel fake = new ScriptedChatModel(rateLimited, "ok");

        retrying(fake).chat("halo");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void should_wait_out_rate_limits_without_using_up_the_retries() {
        List<Object> script = new ArrayList<>(rateLimited(6, Duration.ofSeconds(2)));
        script.addAll(List.of(
                new InternalServerException("1"),
                new InternalServerException("2"),
                new InternalServerException("3"),
                "Good morning"));
        ScriptedChatModel fake = new ScriptedChatModel(script.toArray());

        String answer = retrying(fake).chat("Selamat pagi");

        assertThat(answer).isEqualTo("Good morning");
        assertThat(fake.requests)
                .as("6 rate limits and the 3 retries config allows")
                .hasSize(10);
        assertThat(sleeps.subList(0, 6)).containsOnly(Duration.ofSeconds(2));
    }

    @Test
    void should_back_off_on_rate_limits_apart_from_other_failures_when_no_retry_after_is_given() {
        ScriptedChatModel fake = new ScriptedChatModel(
                new InternalServerException("1"),
                new RateLimitException("slow down"),
                new RateLimitException("slow down"),
                new InternalServerException("2"),
                "ok");

        retrying(fake).chat("halo");

        assertThat(sleeps)
                .as("each kind's n-th wait has the n-th backoff ceiling (random 0.5 of it)")
                .containsExactly(
                        Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void should_give_up_on_rate_limits_when_the_next_try_would_begin_after_the_articles_time_budget() {
        FakeTime time = new FakeTime();
        ScriptedChatModel fake =
                new ScriptedChatModel(rateLimited(20, Duration.ofSeconds(60)).toArray());
        RetryingChatModel model =
                new RetryingChatModel(fake, config, RetryPolicy.from(config).withSleeper(time));

        ModelException thrown = catchThrowableOfType(
                ModelException.class,
                () -> Deadline.within(
                        Deadline.after(Duration.ofMinutes(10), time::nanoTime), () -> model.chat("halo")));

        assertThat(thrown.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(thrown.getMessage())
                .startsWith("rate limited by http://llm.test/v1")
                .endsWith("(gave up after 11 attempts: the next would begin after the article's time budget"
                        + " of 10 min (article-time-budget))");
        assertThat(fake.requests).hasSize(11);
        assertThat(time.sleeps).hasSize(10).containsOnly(Duration.ofSeconds(60));
    }

    @Test
    void should_share_one_time_budget_between_the_requests_of_an_article() {
        FakeTime time = new FakeTime();
        List<Object> script = new ArrayList<>(rateLimited(5, Duration.ofSeconds(60)));
        script.add("first answer");
        script.addAll(rateLimited(20, Duration.ofSeconds(60)));
        ScriptedChatModel fake = new ScriptedChatModel(script.toArray());
        RetryingChatModel model =
                new RetryingChatModel(fake, config, RetryPolicy.from(config).withSleeper(time));
        Deadline deadline = Deadline.after(Duration.ofMinutes(10), time::nanoTime);

        assertThat(Deadline.within(deadline, () -> model.chat("satu"))).isEqualTo("first answer");
        assertThatThrownBy(() -> Deadline.within(deadline, () -> model.chat("dua")))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("gave up after 6 attempts");
        assertThat(time.sleeps)
                .as("5 minutes for the first request leave 5 for the second")
                .hasSize(10);
    }

    @Test
    void should_give_each_request_the_configured_budget_when_no_article_deadline_is_set() {
        FakeTime time = new FakeTime();
        ModelConfig shortBudget =
                config.toBuilder().articleTimeBudget(Duration.ofSeconds(90)).build();
        ScriptedChatModel fake =
                new ScriptedChatModel(rateLimited(20, Duration.ofSeconds(30)).toArray());
        RetryingChatModel model = new RetryingChatModel(
                fake, shortBudget, RetryPolicy.from(shortBudget).withSleeper(time));

        assertThatThrownBy(() -> model.chat("halo"))
                .isInstanceOf(ModelException.class)
                .hasMessageEndingWith("(gave up after 4 attempts: the next would begin after the article's"
                        + " time budget of 90 s (article-time-budget))");
        assertThat(time.sleeps).hasSize(3);
    }

    @Test
    void should_not_begin_a_wait_the_budget_cannot_hold_even_before_the_first_retry() {
        FakeTime time = new FakeTime();
        ScriptedChatModel fake =
                new ScriptedChatModel(rateLimited(1, Duration.ofSeconds(120)).toArray());
        RetryingChatModel model =
                new RetryingChatModel(fake, config, RetryPolicy.from(config).withSleeper(time));
        Deadline deadline = Deadline.after(Duration.ofMinutes(10), time::nanoTime);
        time.pass(Duration.ofMinutes(9));

        assertThatThrownBy(() -> Deadline.within(deadline, () -> model.chat("halo")))
                .isInstanceOf(ModelException.class)
                .hasMessageEndingWith("(gave up after 1 attempt: the next would begin after the article's"
                        + " time budget of 10 min (article-time-budget))");
        assertThat(time.sleeps).isEmpty();
    }

    private static List<Object> rateLimited(int times, Duration retryAfter) {
        List<Object> steps = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            steps.add(new RateLimitException(
                    new ProviderHttpException(429, "{\"error\":{\"message\":\"Rate limit reached\"}}", retryAfter)));
        }
        return steps;
    }

    @Test
    void should_keep_the_advice_in_each_front_ends_terms_after_giving_up() {
        ScriptedChatModel fake = new ScriptedChatModel(
                "first answer", // a provider that answered once is retried when it cannot be reached
                new RuntimeException(new java.net.ConnectException("1")),
                new RuntimeException(new java.net.ConnectException("2")),
                new RuntimeException(new java.net.ConnectException("3")),
                new RuntimeException(new java.net.ConnectException("4")));
        RetryingChatModel model = retrying(fake);
        model.chat("satu");

        ModelException thrown = catchThrowableOfType(ModelException.class, () -> model.chat("halo"));

        assertThat(thrown.getMessage()).contains("check --base-url").contains("gave up after 4 attempts");
        assertThat(thrown.message(
                        key -> "WARTA_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_')))
                .contains("check WARTA_BASE_URL")
                .doesNotContain("--")
                .endsWith("(gave up after 4 attempts)");
    }

    @Test
    void should_give_up_after_max_retries() {
        ScriptedChatModel fake = new ScriptedChatModel(
                new InternalServerException("1"),
                new InternalServerException("2"),
                new InternalServerException("3"),
                new InternalServerException("4"));

        ModelException thrown =
                catchThrowableOfType(ModelException.class, () -> retrying(fake).chat("halo"));

        assertThat(thrown.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(thrown.getMessage()).contains("gave up after 4 attempts");
        assertThat(fake.requests).hasSize(4);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void should_throw_a_non_retriable_failure_at_once_without_the_key() {
        ScriptedChatModel fake = new ScriptedChatModel(
                new AuthenticationException("Incorrect API key provided: sk-secret-key"), "never");

        ModelException thrown =
                catchThrowableOfType(ModelException.class, () -> retrying(fake).chat("halo"));

        assertThat(thrown.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(thrown.retriable()).isFalse();
        assertThat(thrown.getMessage())
                .isEqualTo("the provider refused the API key (HTTP 401): set WARTA_API_KEY or OPENAI_API_KEY");
        assertThat(thrown).hasNoCause();
        assertThat(fake.requests).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_keep_jittered_waits_within_the_backoff_ceilings() {
        ScriptedChatModel fake = new ScriptedChatModel(
                new InternalServerException("1"),
                new InternalServerException("2"),
                new InternalServerException("3"),
                "ok");
        RetryPolicy policy = RetryPolicy.from(config).withSleeper(sleeps::add).withRandom(() -> 0.999_999);

        new RetryingChatModel(fake, config, policy).chat("halo");

        assertThat(sleeps).hasSize(3);
        for (int retry = 0; retry < 3; retry++) {
            assertThat(sleeps.get(retry))
                    .isLessThan(policy.ceiling(retry))
                    .isGreaterThan(policy.ceiling(retry).multipliedBy(99).dividedBy(100));
        }
    }

    @Test
    void should_fail_at_once_when_the_provider_was_never_reached() {
        ScriptedChatModel fake =
                new ScriptedChatModel(new RuntimeException(new ConnectException("Connection refused")), "never");

        assertThatThrownBy(() -> retrying(fake).chat("halo"))
                .isInstanceOf(ModelException.class)
                .satisfies(e -> assertThat(((ModelException) e).kind()).isEqualTo(ModelException.Kind.UNREACHABLE))
                .hasMessageNotContaining("gave up");
        assertThat(fake.requests).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void should_retry_a_provider_that_went_away_after_answering() {
        ScriptedChatModel fake = new ScriptedChatModel(
                "first", new RuntimeException(new ConnectException("Connection refused")), "back again");
        RetryingChatModel model = retrying(fake);

        assertThat(model.chat("satu")).isEqualTo("first");
        assertThat(model.chat("dua")).isEqualTo("back again");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void should_hand_the_request_to_the_delegate_unchanged() {
        ScriptedChatModel fake = new ScriptedChatModel("{\"title\":\"Hello\"}");
        ResponseFormat format = ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name("Title")
                        .rootElement(JsonObjectSchema.builder()
                                .addStringProperty("title")
                                .build())
                        .build())
                .build();
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("Translate."), UserMessage.from("Halo"))
                .responseFormat(format)
                .build();

        retrying(fake).chat(request);

        assertThat(fake.requests).hasSize(1);
        assertThat(fake.requests.get(0).messages()).isEqualTo(request.messages());
        assertThat(fake.requests.get(0).responseFormat()).isEqualTo(format);
    }

    @Test
    void should_report_the_delegates_parameters_and_capabilities() {
        ScriptedChatModel fake = new ScriptedChatModel();
        RetryingChatModel model = retrying(fake);

        assertThat(model.defaultRequestParameters()).isSameAs(fake.defaultRequestParameters());
        assertThat(model.supportedCapabilities()).isEqualTo(fake.supportedCapabilities());
        assertThat(model.provider()).isEqualTo(fake.provider());
        assertThat(model.delegate()).isSameAs(fake);
    }

    @Test
    void should_stop_retrying_when_interrupted() {
        ScriptedChatModel fake = new ScriptedChatModel(new InternalServerException("1"), "never");
        RetryPolicy policy = RetryPolicy.from(config).withSleeper(d -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> new RetryingChatModel(fake, config, policy).chat("halo"))
                .isInstanceOf(ModelException.class);
        assertThat(Thread.interrupted()).isTrue();
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void should_report_a_call_cut_by_an_interrupt_as_cancelled_not_as_a_provider_failure() {
        ScriptedChatModel fake = new ScriptedChatModel(
                new RuntimeException("request failed", new java.io.InterruptedIOException("interrupted")), "never");

        assertThatThrownBy(() -> retrying(fake).chat("halo"))
                .isInstanceOf(warta.core.error.CancelledException.class)
                .hasMessageContaining("cancelled");
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void should_report_any_failure_of_an_interrupted_thread_as_cancelled() {
        ScriptedChatModel fake = new ScriptedChatModel(new InternalServerException("connection closed"), "never");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> retrying(fake).chat("halo"))
                    .isInstanceOf(warta.core.error.CancelledException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void should_not_retry_programming_errors_but_report_them() {
        ScriptedChatModel fake = new ScriptedChatModel(new IllegalStateException("bug"), "never");

        ModelException thrown =
                catchThrowableOfType(ModelException.class, () -> retrying(fake).chat("halo"));

        assertThat(thrown.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(thrown).hasRootCauseMessage("bug");
        assertThat(fake.requests).hasSize(1);
    }
}
