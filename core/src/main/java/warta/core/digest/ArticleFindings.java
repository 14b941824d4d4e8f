package warta.core.digest;

import java.util.ArrayList;
import java.util.List;
import warta.core.check.Checks;
import warta.core.check.Finding;

/**
 * What an article's own checks found, carried into its digest's findings: a number, date or name
 * its translation or summary did not support ({@code unsupported}) and a step that was not done
 * ({@code incomplete}), each naming the article and citing it as a whole, under its story. An error
 * of the translation would otherwise pass unseen, as the digest is written from the English.
 * Stateless.
 */
final class ArticleFindings {

    private ArticleFindings() {}

    static List<DigestFinding> of(List<StoryGroup> stories) {
        List<DigestFinding> findings = new ArrayList<>();
        for (StoryGroup story : stories) {
            for (Material m : story.members()) {
                Checks checks = m.article().checks();
                if (checks == null || checks.passed()) {
                    continue;
                }
                add(findings, story, m, checks.unsupported(), DigestFinding.UNSUPPORTED);
                add(findings, story, m, checks.incomplete(), DigestFinding.INCOMPLETE);
            }
        }
        return findings;
    }

    private static void add(
            List<DigestFinding> findings, StoryGroup story, Material m, List<Finding> found, String kind) {
        for (Finding f : found) {
            findings.add(new DigestFinding(
                    story.id(),
                    f.text(),
                    List.of(new Citation(m.number(), List.of())),
                    kind,
                    "article " + m.article().id() + " [" + m.number() + "], its own check: " + f.detail()));
        }
    }
}
