package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final FakeTime time = new FakeTime();

    @Test
    void should_hold_for_the_work_it_wraps_and_restore_the_one_before() {
        Deadline outer = Deadline.after(Duration.ofMinutes(10), time::nanoTime);
        Deadline inner = Deadline.after(Duration.ofMinutes(1), time::nanoTime);

        Optional<Deadline> inside = Deadline.within(outer, () -> Deadline.within(inner, Deadline::current));
        Optional<Deadline> afterInner = Deadline.within(outer, () -> {
            Deadline.within(inner, Deadline::current);
            return Deadline.current();
        });

        assertThat(inside).contains(inner);
        assertThat(afterInner).contains(outer);
        assertThat(Deadline.current()).isEmpty();
    }

    @Test
    void should_be_taken_to_another_thread_only_when_carried() {
        Deadline deadline = Deadline.after(Duration.ofMinutes(10), time::nanoTime);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Optional<Deadline> carried =
                    Deadline.within(deadline, () -> get(pool.submit(Deadline.carried(Deadline::current))));
            Optional<Deadline> plain = Deadline.within(deadline, () -> get(pool.submit(Deadline::current)));

            assertThat(carried).contains(deadline);
            assertThat(plain).as("a pool thread has none of its own").isEmpty();
            assertThat(get(pool.submit(Deadline::current)))
                    .as("the carried deadline is gone after the task")
                    .isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_say_what_is_left_and_nothing_once_it_has_passed() {
        Deadline deadline = Deadline.after(Duration.ofMinutes(10), time::nanoTime);

        time.pass(Duration.ofMinutes(4));
        assertThat(deadline.left(time.nanoTime())).isEqualTo(Duration.ofMinutes(6));
        time.pass(Duration.ofMinutes(7));
        assertThat(deadline.left(time.nanoTime())).isZero();
        assertThat(deadline.budget()).isEqualTo(Duration.ofMinutes(10));
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
