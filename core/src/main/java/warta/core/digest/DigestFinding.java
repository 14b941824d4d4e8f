package warta.core.digest;

import java.util.List;
import java.util.Objects;

/**
 * One problem the checks found in a digest.
 *
 * @param story the story id, or null for the overview
 * @param statement the statement's text
 * @param citations what it cites
 * @param kind {@code unsupported} (a name, number or date its sources do not hold), {@code citation}
 *     (no valid citation, or the fact is elsewhere than where it cites) or {@code incomplete} (a
 *     story or the overview could not be written)
 * @param detail why, for people
 */
public record DigestFinding(String story, String statement, List<Citation> citations, String kind, String detail) {

    public static final String UNSUPPORTED = "unsupported";
    public static final String CITATION = "citation";
    public static final String INCOMPLETE = "incomplete";

    public DigestFinding {
        Objects.requireNonNull(statement, "statement");
        citations = List.copyOf(citations);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
