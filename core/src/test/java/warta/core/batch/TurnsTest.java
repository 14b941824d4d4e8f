package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TurnsTest {

    @Test
    void should_let_a_later_turn_wait_until_every_earlier_one_is_done() throws InterruptedException {
        Turns turns = new Turns();
        Turns.Turn first = turns.next();
        Turns.Turn second = turns.next();
        Turns.Turn third = turns.next();
        List<Long> order = new CopyOnWriteArrayList<>();

        Thread late = Thread.ofPlatform().start(() -> {
            third.await();
            order.add(third.number());
        });
        second.done(); // finished without placing anything, ahead of the first
        TimeUnit.MILLISECONDS.sleep(100);
        assertThat(order).as("the third waits for the first").isEmpty();

        first.await();
        order.add(first.number());
        first.done();
        first.done();
        late.join(5000);

        assertThat(order).containsExactly(0L, 2L);
    }
}
