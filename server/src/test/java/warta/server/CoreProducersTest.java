package warta.server;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CoreProducersTest {

    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @Test
    void should_name_a_refused_server_setting_by_its_property() {
        assertThatCode(() -> CoreProducers.checkSettings(512, 4, 0, TWO_MINUTES, 1_000_000))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CoreProducers.checkSettings(512, 4, -1, TWO_MINUTES, 1_000_000))
                .hasMessage("warta.queue-size must be 0 or more, not -1");
        assertThatThrownBy(() -> CoreProducers.checkSettings(512, 0, 16, TWO_MINUTES, 1_000_000))
                .hasMessage("warta.workers must be at least 1, not 0");
        assertThatThrownBy(() -> CoreProducers.checkSettings(512, 4, 16, Duration.ZERO, 1_000_000))
                .hasMessage("warta.request-timeout must be more than 0, not PT0S");
        assertThatThrownBy(() -> CoreProducers.checkSettings(4, 4, 16, TWO_MINUTES, 1_000_000))
                .hasMessage("warta.chunk-tokens must be at least 8, not 4");
        assertThatThrownBy(() -> CoreProducers.checkSettings(512, 4, 16, TWO_MINUTES, 2L << 30))
                .hasMessageStartingWith("quarkus.http.limits.max-body-size must be between 1 byte and");
    }
}
