package warta.core.model;

import java.time.Duration;

/** Durations in the words of messages: {@code 10 min}, {@code 90 s}, {@code 1500 ms}. */
final class Durations {

    private Durations() {}

    static String words(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
