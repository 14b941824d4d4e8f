package warta.core.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

    @Test
    void should_read_delay_seconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 1.5 ", NOW)).contains(Duration.ofMillis(1500));
    }

    @Test
    void should_read_an_http_date_relative_to_now() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:20:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void should_ignore_what_it_cannot_read() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void should_prefer_retry_after_ms() {
        HttpHeaders headers = HttpHeaders.of(
                Map.of("Retry-After", List.of("2"), "retry-after-ms", List.of("250")), (name, value) -> true);

        assertThat(RetryAfter.from(headers, NOW)).isEqualTo(Optional.of(Duration.ofMillis(250)));
    }
}
