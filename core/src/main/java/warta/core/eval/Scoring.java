package warta.core.eval;

import java.util.List;
import java.util.Objects;

/** Checks shared by the corpus metrics. */
final class Scoring {

    private Scoring() {}

    /** {@code streams}, after checking that there is at least one and each has {@code size} segments. */
    static List<List<String>> checkStream(List<List<String>> streams, int size) {
        Objects.requireNonNull(streams, "streams");
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("at least one reference stream is needed");
        }
        for (List<String> stream : streams) {
            if (stream.size() != size) {
                throw new IllegalArgumentException(
                        "a reference stream has " + stream.size() + " segments for " + size + " hypotheses");
            }
        }
        return streams;
    }
}
