package warta.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * Where the outlets of one story differ, said rather than settled: the digest picks no side.
 *
 * @param subject {@code number}, {@code date} or {@code name}
 * @param text what differs, for people ("Antara says 5, Kompas 7")
 * @param citations the sentences of each side
 */
public record Disagreement(String subject, String text, List<Citation> citations) {

    public Disagreement {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }
}
