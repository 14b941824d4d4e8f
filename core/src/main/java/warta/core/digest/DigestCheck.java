package warta.core.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import warta.core.check.Finding;
import warta.core.check.UnsupportedCheck;
import warta.core.chunk.Chunker;

/**
 * Checks a digest's statements with the checks summaries get ({@link UnsupportedCheck#full()}:
 * numbers, dates and names, across Indonesian and English). Each statement is checked first
 * against the sentences it cites (the source sentences, their English, and the cited articles'
 * title, outlet, dateline and date); what fails there is checked against the whole story (every
 * member's text, in both languages, and metadata), or, for the overview, against every article. A
 * fact none of them holds is {@code unsupported}; one the story holds elsewhere than where the
 * statement points is a {@code citation} finding (a reader following the citation would not find
 * it); a statement citing nothing is a {@code citation} finding too. One finding per distinct
 * problem of a story (or of the overview), at its first statement. Thread-safe.
 */
final class DigestCheck {

    private final UnsupportedCheck claims = UnsupportedCheck.full();
    private final Map<String, String> glossary;

    DigestCheck(Map<String, String> glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    /** The findings of a story: its sentences, key points and the model's disagreements. */
    List<DigestFinding> story(DigestStory story, List<DigestStatement> statements, Map<Integer, Material> sources) {
        List<Material> members = story.sources().stream().map(sources::get).toList();
        return check(story.id(), statements, sources, whole(members));
    }

    /** The findings of the overview, checked against every article when its citations fall short. */
    List<DigestFinding> overview(List<DigestStatement> overview, Map<Integer, Material> sources) {
        return check(null, overview, sources, whole(List.copyOf(sources.values())));
    }

    private List<DigestFinding> check(
            String story, List<DigestStatement> statements, Map<Integer, Material> sources, String whole) {
        Map<String, DigestFinding> found = new LinkedHashMap<>();
        for (DigestStatement statement : statements) {
            if (statement.citations().isEmpty()) {
                found.putIfAbsent(
                        "none:" + statement.text(),
                        new DigestFinding(
                                story,
                                statement.text(),
                                List.of(),
                                DigestFinding.CITATION,
                                "cites no source sentence, so nothing supports it"));
                continue;
            }
            List<Finding> against = claims.check(statement.text(), cited(statement, sources), glossary, -1);
            Set<String> nowhere = new HashSet<>();
            if (!against.isEmpty()) {
                claims.check(statement.text(), whole, glossary, -1).forEach(f -> nowhere.add(f.text()));
            }
            for (Finding f : against) {
                boolean elsewhere = !nowhere.contains(f.text());
                String marks = String.join(
                        " ", statement.citations().stream().map(Citation::mark).toList());
                DigestFinding finding = elsewhere
                        ? new DigestFinding(
                                story,
                                statement.text(),
                                statement.citations(),
                                DigestFinding.CITATION,
                                "\"" + f.text() + "\" is not in the sentences it cites (" + marks
                                        + "), but elsewhere in the " + (story == null ? "articles" : "story"))
                        : new DigestFinding(
                                story,
                                statement.text(),
                                statement.citations(),
                                DigestFinding.UNSUPPORTED,
                                f.detail() + "; it cites " + marks);
                found.putIfAbsent(finding.kind() + ":" + f.text(), finding);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** What a statement's citations point at: the sentences, their English, and their articles' metadata. */
    static String cited(DigestStatement statement, Map<Integer, Material> sources) {
        List<String> parts = new ArrayList<>();
        for (Citation citation : statement.citations()) {
            Material m = sources.get(citation.source());
            if (m == null) {
                continue;
            }
            List<String> sentences = m.sentences();
            for (int n : citation.sentences()) {
                if (n >= 1 && n <= sentences.size()) {
                    parts.add(sentences.get(n - 1));
                }
            }
            if (m.translated()) {
                parts.add(m.english().cited(citation.sentences()));
            }
            parts.add(m.about());
        }
        return String.join("\n\n", parts);
    }

    /** Everything the articles say, in both languages, with their metadata. */
    private static String whole(List<Material> members) {
        List<String> parts = new ArrayList<>();
        for (Material m : members) {
            parts.add(Chunker.join(m.clean().paragraphs()));
            if (m.translated()) {
                parts.add(Chunker.join(m.translation().paragraphs()));
            }
            parts.add(m.about());
        }
        return String.join("\n\n", parts);
    }
}
