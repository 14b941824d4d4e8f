package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import warta.core.error.ModelException;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.model.RetryPolicy;
import warta.core.model.RetryingChatModel;
import warta.core.testing.FakeModel;

class AdaptiveLimiterTest {

    @Test
    void should_never_let_more_requests_through_than_the_limit() throws InterruptedException {
        AdaptiveLimiter limiter = new AdaptiveLimiter(3);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        for (int i = 0; i < 60; i++) {
            pool.submit(() -> {
                limiter.acquire();
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                sleep(5);
                inFlight.decrementAndGet();
                limiter.release(Optional.empty(), false);
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void should_halve_on_a_429_wait_out_retry_after_then_grow_back() {
        AdaptiveLimiter limiter = new AdaptiveLimiter(8);
        limiter.acquire();
        limiter.release(Optional.of(Duration.ofMillis(300)), true);
        assertThat(limiter.limit()).isEqualTo(4);

        long start = System.nanoTime();
        limiter.acquire();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        limiter.release(Optional.empty(), false);

        for (int i = 0; i < 40; i++) {
            limiter.acquire();
            limiter.release(Optional.empty(), false);
        }
        assertThat(limiter.limit()).isEqualTo(8);
    }

    @Test
    void should_halve_on_each_429_the_retry_layer_waits_out_then_answer() {
        AdaptiveLimiter limiter = new AdaptiveLimiter(4);
        List<Integer> limits = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        FakeModel provider = FakeModel.answering(request -> {
            limits.add(limiter.limit());
            if (calls.incrementAndGet() <= 2) {
                throw new ModelException(ModelException.Kind.RATE_LIMITED, "HTTP 429", null, Duration.ofMillis(1));
            }
            return "ok";
        });
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl("http://127.0.0.1:1/v1")
                .maxRetries(0)
                .build();
        List<Duration> waits = new ArrayList<>();
        ChatModel model = new RetryingChatModel(
                limiter.around(provider, config),
                config,
                RetryPolicy.from(config).withSleeper(waits::add));

        assertThat(model.chat("halo")).isEqualTo("ok");

        assertThat(limits).as("the limit each attempt was sent under").containsExactly(4, 2, 1);
        assertThat(waits)
                .as("no retries allowed, yet both rate limits are waited out")
                .hasSize(2);
    }

    @Test
    void should_halve_on_a_timeout_without_pausing() {
        AdaptiveLimiter limiter = new AdaptiveLimiter(4);
        FakeModel provider = FakeModel.answering(request -> {
            throw new ModelException(ModelException.Kind.TIMEOUT, "no answer within 120 s");
        });
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .baseUrl("http://127.0.0.1:1/v1")
                .build();
        ChatModel model = limiter.around(provider, config);

        for (int i = 0; i < 2; i++) {
            try {
                model.chat("halo");
            } catch (ModelException expected) {
                assertThat(expected.kind()).isEqualTo(ModelException.Kind.TIMEOUT);
            }
        }

        assertThat(limiter.limit()).isEqualTo(1);
        long start = System.nanoTime();
        limiter.acquire();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
