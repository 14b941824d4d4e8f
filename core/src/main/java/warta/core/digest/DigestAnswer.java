package warta.core.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's answer to a story or briefing request: one JSON object (code fences or a
 * sentence around it are tolerated), each statement's {@code cites} as {@code [[report,
 * sentence], ...]} (also {@code [report, sentence]} alone, or texts such as {@code "2:4"}). Pairs
 * the request did not show are left out of the statement and reported, as are statements left
 * citing nothing and answers outside the limits; an answer that is not such an object at all is a
 * {@link Unreadable}. Stateless and thread-safe.
 */
final class DigestAnswer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PAIR_TEXT = Pattern.compile("\\[?\\s*(\\d{1,6})\\s*[:,]\\s*(\\d{1,6})\\s*]?");

    /** An answer that cannot be read as the object asked for. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * A problem of a readable answer.
     *
     * @param statement the statement it is about, or null for the answer as a whole
     * @param text what is wrong, for the model's retry and for a finding
     * @param citation whether it is about citations (else about the limits)
     */
    record Problem(String statement, String text, boolean citation) {}

    /** A story as answered. */
    record Story(
            String headline,
            List<DigestStatement> sentences,
            List<DigestStatement> keyPoints,
            List<Disagreement> disagreements) {}

    record Reading<T>(T value, List<Problem> problems) {

        String described() {
            return String.join("; ", problems.stream().map(Problem::text).toList());
        }
    }

    private DigestAnswer() {}

    static Reading<Story> story(String answer, Set<Cite> shown) throws Unreadable {
        JsonNode root = object(answer);
        List<Problem> problems = new ArrayList<>();
        JsonNode headline = root.get("headline");
        if (headline == null || !headline.isTextual() || headline.asText().isBlank()) {
            throw new Unreadable("\"headline\" is missing or not a text");
        }
        List<DigestStatement> sentences = statements(root, "sentences", "sentence", shown, problems);
        List<DigestStatement> keyPoints = statements(root, "keyPoints", "key point", shown, problems);
        if (sentences.size() < 2 || sentences.size() > 4) {
            problems.add(
                    new Problem(null, "the story has " + sentences.size() + " sentences; it must have 2 to 4", false));
        }
        if (keyPoints.isEmpty() || keyPoints.size() > 5) {
            problems.add(
                    new Problem(null, "the story has " + keyPoints.size() + " key points; it must have 1 to 5", false));
        }
        List<Disagreement> disagreements = new ArrayList<>();
        JsonNode list = root.get("disagreements");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new Unreadable("\"disagreements\" is not a list");
            }
            int i = 0;
            for (JsonNode node : list) {
                i++;
                String subject = node.path("subject").asText("number");
                if (!List.of("number", "date", "name").contains(subject)) {
                    subject = "number";
                }
                DigestStatement s = statement(node, "disagreement " + i, shown, problems);
                disagreements.add(new Disagreement(subject, s.text(), s.citations()));
            }
        }
        return new Reading<>(new Story(headline.asText().strip(), sentences, keyPoints, disagreements), problems);
    }

    static Reading<List<DigestStatement>> overview(String answer, Set<Cite> shown) throws Unreadable {
        JsonNode root = object(answer);
        List<Problem> problems = new ArrayList<>();
        List<DigestStatement> overview = statements(root, "overview", "overview sentence", shown, problems);
        if (overview.isEmpty() || overview.size() > 3) {
            problems.add(new Problem(
                    null, "the overview has " + overview.size() + " sentences; it must have 1 to 3", false));
        }
        return new Reading<>(overview, problems);
    }

    private static List<DigestStatement> statements(
            JsonNode root, String field, String label, Set<Cite> shown, List<Problem> problems) throws Unreadable {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray()) {
            throw new Unreadable("\"" + field + "\" is missing or not a list");
        }
        List<DigestStatement> statements = new ArrayList<>();
        int i = 0;
        for (JsonNode node : list) {
            i++;
            statements.add(statement(node, label + " " + i, shown, problems));
        }
        return statements;
    }

    private static DigestStatement statement(JsonNode node, String label, Set<Cite> shown, List<Problem> problems)
            throws Unreadable {
        JsonNode text = node.isTextual() ? node : node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new Unreadable(label + " has no \"text\"");
        }
        String statement = text.asText().replaceAll("\\s+", " ").strip();
        Set<Cite> valid = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Object cite : cites(node.get("cites"))) {
            if (cite instanceof Cite c && shown.contains(c)) {
                valid.add(c);
            } else {
                wrong.add(cite instanceof Cite c ? "[" + c.source() + ", " + c.sentence() + "]" : String.valueOf(cite));
            }
        }
        if (!wrong.isEmpty()) {
            problems.add(new Problem(
                    statement, label + " cites " + String.join(", ", wrong) + ", which the text does not show", true));
        }
        if (valid.isEmpty()) {
            problems.add(new Problem(
                    statement, label + " (\"" + statement + "\") cites no [report, sentence] pair shown", true));
        }
        return new DigestStatement(statement, Cite.citations(valid));
    }

    /** Each cited pair as a {@link Cite}, or as the text it was when it is not one. */
    private static List<Object> cites(JsonNode cites) {
        List<Object> found = new ArrayList<>();
        if (cites == null || cites.isNull()) {
            return found;
        }
        if (cites.isArray()
                && cites.size() == 2
                && cites.get(0).isInt()
                && cites.get(1).isInt()) {
            found.add(new Cite(cites.get(0).asInt(), cites.get(1).asInt()));
            return found;
        }
        if (!cites.isArray()) {
            found.add(cites.toString());
            return found;
        }
        for (JsonNode cite : cites) {
            if (cite.isArray()
                    && cite.size() == 2
                    && cite.get(0).canConvertToInt()
                    && cite.get(1).canConvertToInt()) {
                found.add(new Cite(cite.get(0).asInt(), cite.get(1).asInt()));
            } else if (cite.isTextual()
                    && PAIR_TEXT.matcher(cite.asText().strip()).matches()) {
                Matcher m = PAIR_TEXT.matcher(cite.asText().strip());
                m.matches();
                found.add(new Cite(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } else {
                found.add(cite.toString());
            }
        }
        return found;
    }

    private static JsonNode object(String answer) throws Unreadable {
        String text = answer == null ? "" : answer.strip();
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new Unreadable("the answer holds no JSON object");
        }
        try {
            JsonNode node = MAPPER.readTree(text.substring(start, end + 1));
            if (!node.isObject()) {
                throw new Unreadable("the answer is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new Unreadable("the answer is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
