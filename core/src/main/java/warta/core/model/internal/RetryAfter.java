package warta.core.model.internal;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a server asks us to wait: {@code Retry-After} as delay-seconds or HTTP-date
 * (RFC 9110 section 10.2.3), or {@code retry-after-ms} as sent by Azure OpenAI. A date in the
 * past means no wait; an unreadable value means the server did not say.
 */
public final class RetryAfter {

    private RetryAfter() {}

    /** The wait the headers ask for, measured from {@code now}. */
    public static Optional<Duration> from(HttpHeaders headers, Instant now) {
        Optional<Duration> millis = headers.firstValue("retry-after-ms").flatMap(RetryAfter::millis);
        return millis.isPresent() ? millis : headers.firstValue("retry-after").flatMap(v -> parse(v, now));
    }

    /** Parses one {@code Retry-After} value: "120", "1.5" or "Wed, 21 Oct 2015 07:28:00 GMT". */
    public static Optional<Duration> parse(String value, Instant now) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (Character.isDigit(text.charAt(0))) {
            return seconds(text);
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> seconds(String text) {
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> millis(String text) {
        try {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(text.strip()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
