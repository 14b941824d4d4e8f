package warta.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private WorkQueue queue;

    @AfterEach
    void close() {
        release.countDown();
        if (queue != null) {
            queue.close();
        }
    }

    @Test
    void should_refuse_work_beyond_the_workers_and_the_queue() throws Exception {
        queue = new WorkQueue(1, 1, Duration.ofSeconds(5));
        CompletableFuture<String> first = queue.submit(this::held);
        CompletableFuture<String> second = queue.submit(() -> "second");

        assertThatThrownBy(() -> queue.submit(() -> "third"))
                .isInstanceOf(QueueFullException.class)
                .satisfies(
                        e -> assertThat(((QueueFullException) e).retryAfter()).isPositive());
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("held");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void should_fail_with_a_timeout_and_interrupt_the_work() throws Exception {
        queue = new WorkQueue(1, 0, Duration.ofMillis(100));
        AtomicBoolean interrupted = new AtomicBoolean();

        CompletableFuture<String> work = queue.submit(() -> {
            try {
                return held();
            } catch (IllegalStateException e) {
                interrupted.set(true);
                throw e;
            }
        });

        assertThatThrownBy(() -> work.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(WorkTimeoutException.class);
        waitUntil(() -> queue.running() == 0);
        assertThat(interrupted).isTrue();
    }

    @Test
    void should_hold_work_submitted_with_its_own_limit_to_that_limit_and_name_its_setting() throws Exception {
        queue = new WorkQueue(2, 0, Duration.ofMinutes(10));
        CompletableFuture<String> quick = queue.submit(() -> "klaar", Duration.ofSeconds(30), "warta.digest-timeout");
        CompletableFuture<String> held = queue.submit(this::held, Duration.ofMillis(100), "warta.digest-timeout");

        assertThat(quick.get(5, TimeUnit.SECONDS)).isEqualTo("klaar");
        assertThatThrownBy(() -> held.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(WorkTimeoutException.class)
                .cause()
                .hasMessage("the request's model work was not finished within the server's limit of 100 ms"
                        + " (warta.digest-timeout); the work was cancelled");
        waitUntil(() -> queue.running() == 0);
    }

    @Test
    void should_not_leave_the_interrupt_to_the_next_work() throws Exception {
        queue = new WorkQueue(1, 1, Duration.ofMillis(100));
        CompletableFuture<String> slow = queue.submit(this::held);
        CompletableFuture<Boolean> next =
                queue.submit(() -> Thread.currentThread().isInterrupted());

        assertThatThrownBy(() -> slow.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(WorkTimeoutException.class);
        assertThat(next.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void should_interrupt_work_whose_caller_cancelled_it() throws Exception {
        queue = new WorkQueue(1, 0, Duration.ofSeconds(5));
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> work = queue.submit(() -> {
            started.countDown();
            return held();
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        work.cancel(true);

        waitUntil(() -> queue.running() == 0);
    }

    @Test
    void should_refuse_work_while_shutting_down() {
        queue = new WorkQueue(2, 2, Duration.ofSeconds(5));
        queue.close();

        assertThatThrownBy(() -> queue.submit(() -> "late"))
                .isInstanceOf(ShuttingDownException.class)
                .satisfies(e ->
                        assertThat(((ShuttingDownException) e).retryAfter()).isEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void should_pass_on_the_exception_the_work_threw_unwrapped() {
        queue = new WorkQueue(1, 0, Duration.ofSeconds(5));
        IllegalArgumentException failure = new IllegalArgumentException("bad");

        CompletableFuture<String> work = queue.submit(() -> {
            throw failure;
        });

        assertThatThrownBy(() -> work.get(5, TimeUnit.SECONDS)).hasCause(failure);
    }

    private String held() {
        try {
            release.await();
            return "held";
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
