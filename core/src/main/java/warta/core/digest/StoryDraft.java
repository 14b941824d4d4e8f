package warta.core.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A story written and checked: the {@link DigestStory} and its findings. The model's
 * disagreements come first; one found without a model ({@link Disagreements}) is added unless the
 * model already said one of the same subject citing both its sides.
 *
 * @param story the story
 * @param findings what the checks found in it
 */
record StoryDraft(DigestStory story, List<DigestFinding> findings) {

    static StoryDraft write(StoryGroup group, StoryWriter writer, DigestCheck check, Map<Integer, Material> sources) {
        StoryWriter.Written written = writer.write(group.about(), group.members());
        List<Disagreement> found = Disagreements.of(group.members());
        if (written.story() == null) {
            DigestStory story = new DigestStory(
                    group.id(),
                    fallbackHeadline(group),
                    group.firstDate(),
                    group.lastDate(),
                    group.numbers(),
                    List.of(),
                    List.of(),
                    found);
            return new StoryDraft(
                    story, answerFindings(group.id(), List.of(), List.of(), written.failure(), "the story"));
        }
        DigestAnswer.Story answer = written.story();
        List<Disagreement> disagreements = new ArrayList<>(answer.disagreements());
        for (Disagreement d : found) {
            if (!covered(d, answer.disagreements())) {
                disagreements.add(d);
            }
        }
        DigestStory story = new DigestStory(
                group.id(),
                answer.headline(),
                group.firstDate(),
                group.lastDate(),
                group.numbers(),
                answer.sentences(),
                answer.keyPoints(),
                disagreements);
        List<DigestStatement> statements = new ArrayList<>(answer.sentences());
        statements.addAll(answer.keyPoints());
        answer.disagreements().forEach(d -> statements.add(new DigestStatement(d.text(), d.citations())));
        List<DigestFinding> findings =
                new ArrayList<>(answerFindings(group.id(), statements, written.problems(), null, "the story"));
        findings.addAll(check.story(story, statements, sources));
        return new StoryDraft(story, findings);
    }

    /**
     * The findings an answer leaves after its repair: citations the request did not show (of a
     * statement that still cites something; one citing nothing is the checks' finding), or, when no
     * answer could be read, that the {@code what} is missing.
     */
    static List<DigestFinding> answerFindings(
            String story,
            List<DigestStatement> kept,
            List<DigestAnswer.Problem> problems,
            String unreadable,
            String what) {
        List<DigestFinding> findings = new ArrayList<>();
        if (unreadable != null) {
            findings.add(new DigestFinding(
                    story,
                    what + " could not be written",
                    List.of(),
                    DigestFinding.INCOMPLETE,
                    "the model's answer could not be read, even after a retry: " + unreadable));
            return findings;
        }
        for (DigestAnswer.Problem p : problems) {
            if (!p.citation() || p.statement() == null) {
                continue;
            }
            kept.stream()
                    .filter(s ->
                            s.text().equals(p.statement()) && !s.citations().isEmpty())
                    .findFirst()
                    .ifPresent(s -> findings.add(
                            new DigestFinding(story, s.text(), s.citations(), DigestFinding.CITATION, p.text())));
        }
        return findings;
    }

    private static boolean covered(Disagreement found, List<Disagreement> said) {
        Set<Integer> sides = found.citations().stream().map(Citation::source).collect(Collectors.toSet());
        return said.stream()
                .anyMatch(d -> d.subject().equals(found.subject())
                        && d.citations().stream()
                                .map(Citation::source)
                                .collect(Collectors.toSet())
                                .containsAll(sides));
    }

    private static String fallbackHeadline(StoryGroup group) {
        Material first = group.members().getFirst();
        return first.title() != null ? first.title() : "Story " + group.id();
    }
}
