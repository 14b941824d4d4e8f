package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WorkTest {

    @Test
    void should_keep_the_items_order_whatever_order_they_finish_in() {
        List<Integer> results = Work.map(List.of(30, 1, 20, 2), 4, n -> {
            sleep(n);
            return n * 10;
        });

        assertThat(results).containsExactly(300, 10, 200, 20);
    }

    @Test
    void should_throw_the_first_failure_at_once_and_stop_the_threads_still_running_before_returning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean slowEnded = new AtomicBoolean();

        long start = System.nanoTime();
        assertThatThrownBy(() -> Work.map(List.of("slow", "fails"), 2, item -> {
                    if (item.equals("slow")) {
                        started.countDown();
                        try {
                            Thread.sleep(60_000); // a model call that would go on
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            slowEnded.set(true);
                        }
                        return "late";
                    }
                    await(started);
                    throw new IllegalStateException("model failed for " + item);
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model failed for fails");

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
        assertThat(slowEnded)
                .as("the slow item's thread ended before map returned")
                .isTrue();
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
