package warta.core.digest;

import java.util.List;

/**
 * What the checks found in a digest.
 *
 * @param passed true when there is no finding
 * @param findings one per distinct problem
 */
public record DigestChecks(boolean passed, List<DigestFinding> findings) {

    public DigestChecks {
        findings = List.copyOf(findings);
    }

    /** Checks of these findings: passed when there is none. */
    public static DigestChecks of(List<DigestFinding> findings) {
        return new DigestChecks(findings.isEmpty(), findings);
    }
}
