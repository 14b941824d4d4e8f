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
 * numbers, dates and names, across Indonesian and English). Numbers and dates are counted only
 * against the Indonesian source (the sentences, and the Indonesian title, outlet, dateline and
 * date), as summaries are checked against it, so an error of the translation ("5 orang" rendered
 * "7 people") does not support a statement; the English (sentences and title) is used only for
 * the renderings of names. Each statement is checked first against the sentences it cites; what
 * fails there is checked against the whole story (every member's text and metadata), or, for the
 * overview, against every article. A fact none of them holds is {@code unsupported}; one the story
 * holds elsewhere than where the statement points is a {@code citation} finding (a reader following
 * the citation would not find it); a statement citing nothing is a {@code citation} finding too. A
 * story's headline is checked as a statement against the whole story. One finding per distinct
 * problem of a story (or of the overview), at its first statement. Thread-safe.
 */
final class DigestCheck {

    /** How the check's detail of a name begins ({@code name Beijing: not in the source ...}). */
    private static final String NAME = "name ";

    private final UnsupportedCheck claims = UnsupportedCheck.full();
    private final Map<String, String> glossary;

    DigestCheck(Map<String, String> glossary) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
    }

    /** The findings of a story: its sentences, key points and the model's disagreements. */
    List<DigestFinding> story(DigestStory story, List<DigestStatement> statements, Map<Integer, Material> sources) {
        List<Material> members = story.sources().stream().map(sources::get).toList();
        return check(story.id(), statements, sources, members);
    }

    /** The findings of a story's headline: names, numbers and dates the whole story does not hold. */
    List<DigestFinding> headline(DigestStory story, Map<Integer, Material> sources) {
        List<Material> members = story.sources().stream().map(sources::get).toList();
        List<DigestFinding> findings = new ArrayList<>();
        for (Finding f : unsupported(story.headline(), whole(members, false), whole(members, true))) {
            findings.add(new DigestFinding(
                    story.id(),
                    story.headline(),
                    List.of(),
                    DigestFinding.UNSUPPORTED,
                    "headline: " + f.detail() + "; none of the story's articles holds it"));
        }
        return findings;
    }

    /** The findings of the overview, checked against every article when its citations fall short. */
    List<DigestFinding> overview(List<DigestStatement> overview, Map<Integer, Material> sources) {
        return check(null, overview, sources, List.copyOf(sources.values()));
    }

    private List<DigestFinding> check(
            String story, List<DigestStatement> statements, Map<Integer, Material> sources, List<Material> members) {
        String wholeSource = whole(members, false);
        String wholeBoth = whole(members, true);
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
            List<Finding> against =
                    unsupported(statement.text(), cited(statement, sources, false), cited(statement, sources, true));
            Set<String> nowhere = new HashSet<>();
            if (!against.isEmpty()) {
                unsupported(statement.text(), wholeSource, wholeBoth).forEach(f -> nowhere.add(f.text()));
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

    /**
     * What {@code text} states that the source does not hold: numbers and dates against the
     * Indonesian {@code source} alone, names against {@code both} languages.
     */
    private List<Finding> unsupported(String text, String source, String both) {
        List<Finding> found = claims.check(text, source, glossary, -1);
        if (found.isEmpty()) {
            return found;
        }
        Set<String> names = new HashSet<>();
        claims.check(text, both, glossary, -1).forEach(f -> names.add(f.text()));
        return found.stream()
                .filter(f -> !f.detail().startsWith(NAME) || names.contains(f.text()))
                .toList();
    }

    /**
     * What a statement's citations point at: the source sentences and their articles' Indonesian
     * metadata; with {@code english}, their English and English title too.
     */
    static String cited(DigestStatement statement, Map<Integer, Material> sources, boolean english) {
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
            if (english && m.translated()) {
                parts.add(m.english().cited(citation.sentences()));
            }
            parts.add(m.about(english));
        }
        return String.join("\n\n", parts);
    }

    /** Everything the articles say, with their metadata; with {@code english}, their English too. */
    private static String whole(List<Material> members, boolean english) {
        List<String> parts = new ArrayList<>();
        for (Material m : members) {
            parts.add(Chunker.join(m.clean().paragraphs()));
            if (english && m.translated()) {
                parts.add(Chunker.join(m.translation().paragraphs()));
            }
            parts.add(m.about(english));
        }
        return String.join("\n\n", parts);
    }
}
