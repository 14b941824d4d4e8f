package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedProbeTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void should_probe_once_per_period() {
        CachedProbe probe = new CachedProbe(runs::incrementAndGet, Duration.ofSeconds(30), now::get);

        assertThat(probe.failure()).isEmpty();
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(probe.failure()).isEmpty();
        assertThat(runs).hasValue(1);

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(probe.failure()).isEmpty();
        assertThat(runs).hasValue(2);
    }

    @Test
    void should_remember_why_the_probe_failed() {
        CachedProbe probe = new CachedProbe(
                () -> {
                    runs.incrementAndGet();
                    throw new IllegalStateException("cannot reach http://127.0.0.1:9/v1");
                },
                Duration.ofSeconds(30),
                now::get);

        assertThat(probe.failure()).contains("cannot reach http://127.0.0.1:9/v1");
        assertThat(probe.failure()).contains("cannot reach http://127.0.0.1:9/v1");
        assertThat(runs).hasValue(1);
    }
}
