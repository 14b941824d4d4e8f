package warta.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void should_double_the_ceiling_up_to_the_cap() {
        RetryPolicy policy = RetryPolicy.of(10);

        assertThat(policy.ceiling(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.ceiling(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.ceiling(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.ceiling(100)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void should_keep_jittered_delays_between_zero_and_the_ceiling() {
        Random random = new Random(42);
        RetryPolicy policy = RetryPolicy.of(10).withRandom(random::nextDouble);

        for (int retry = 0; retry < 10; retry++) {
            for (int i = 0; i < 100; i++) {
                assertThat(policy.delay(retry, Optional.empty())).isBetween(Duration.ZERO, policy.ceiling(retry));
            }
        }
    }

    @Test
    void should_scale_the_ceiling_by_the_random_number() {
        RetryPolicy policy = RetryPolicy.of(3).withRandom(() -> 0.25);

        assertThat(policy.delay(2, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void should_honour_retry_after_exactly_up_to_its_cap() {
        RetryPolicy policy = RetryPolicy.of(3).withRandom(() -> 0.5);

        assertThat(policy.delay(0, Optional.of(Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delay(0, Optional.of(Duration.ofHours(1)))).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void should_name_the_bad_argument() {
        assertThatThrownBy(() -> RetryPolicy.of(-1)).hasMessageStartingWith("maxRetries");
        assertThatThrownBy(() -> RetryPolicy.of(1).withSleeper(null)).hasMessage("sleeper");
    }
}
