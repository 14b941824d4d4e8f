package warta.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a faithful model for digests in tests: translations as {@link FakeEnglish} makes them,
 * summaries as {@link FakeEnglish#SUMMARY}, and story and briefing answers made of the lines the
 * request shows, copied word for word and citing exactly the pairs they stand under: a story's
 * sentences are the first line of each of its first reports (at least two lines), its key points
 * the next lines; a combine step reuses the parts' statements; the overview is the first sentence
 * of each of the first three stories. Good output by every check.
 */
public final class FakeDigest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STORY_LINE = Pattern.compile("(?m)^\\[(\\d+):([\\d,]+)] (.+)$");
    private static final Pattern BRIEFING_LINE = Pattern.compile("(?m)^\\[([\\d:; ]+)] (.+)$");

    private FakeDigest() {}

    /** The faithful answer to any request of a digest. */
    public static String answer(ChatRequest request) {
        String user = firstUser(request);
        if (user.contains("<stories>")) {
            return briefing(user);
        }
        if (user.contains("<story>")) {
            return user.contains("Combine them") ? combine(user) : story(user);
        }
        if (FakeModel.lastUser(request).contains("paragraphs into English")) {
            return FakeEnglish.answer(FakeModel.lastUser(request));
        }
        return FakeEnglish.SUMMARY;
    }

    /** A faithful model for digests. */
    public static FakeModel model() {
        return FakeModel.answering(FakeDigest::answer);
    }

    /** The first user message of a request (a retry's repeats it first). */
    public static String firstUser(ChatRequest request) {
        for (ChatMessage message : request.messages()) {
            if (message instanceof UserMessage u) {
                return u.singleText();
            }
        }
        return "";
    }

    private static String story(String user) {
        Map<Integer, List<String[]>> bySource = new LinkedHashMap<>();
        Matcher m = STORY_LINE.matcher(fenced(user, "story"));
        while (m.find()) {
            bySource.computeIfAbsent(Integer.parseInt(m.group(1)), s -> new ArrayList<>())
                    .add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        List<String[]> firsts = new ArrayList<>();
        List<String[]> rest = new ArrayList<>();
        for (List<String[]> lines : bySource.values()) {
            firsts.add(lines.getFirst());
            rest.addAll(lines.subList(1, lines.size()));
        }
        List<String[]> sentences = new ArrayList<>(firsts.subList(0, Math.min(4, firsts.size())));
        while (sentences.size() < 2 && !rest.isEmpty()) {
            sentences.add(rest.removeFirst());
        }
        ObjectNode root = JSON.createObjectNode().put("headline", "Reports describe the event");
        ArrayNode s = root.putArray("sentences");
        sentences.forEach(line -> statement(s, line));
        ArrayNode k = root.putArray("keyPoints");
        rest.stream().limit(3).forEach(line -> statement(k, line));
        if (k.isEmpty()) {
            statement(k, sentences.getFirst());
        }
        root.putArray("disagreements");
        return root.toString();
    }

    private static void statement(ArrayNode array, String[] line) {
        ArrayNode cites = array.addObject().put("text", line[2]).putArray("cites");
        for (String n : line[1].split(",")) {
            cites.addArray().add(Integer.parseInt(line[0])).add(Integer.parseInt(n));
        }
    }

    private static String combine(String user) {
        ObjectNode root = JSON.createObjectNode().put("headline", "Reports describe the event");
        ArrayNode sentences = root.putArray("sentences");
        ArrayNode keyPoints = root.putArray("keyPoints");
        for (String line : fenced(user, "story").split("\n")) {
            try {
                JsonNode part = JSON.readTree(line);
                for (JsonNode statement : part.path("sentences")) {
                    (sentences.size() < 4 ? sentences : keyPoints).add(statement);
                }
            } catch (Exception e) {
                throw new AssertionError("a part that is not JSON: " + line, e);
            }
        }
        while (keyPoints.size() > 5) {
            keyPoints.remove(keyPoints.size() - 1);
        }
        if (keyPoints.isEmpty()) {
            keyPoints.add(sentences.get(0));
        }
        root.putArray("disagreements");
        return root.toString();
    }

    private static String briefing(String user) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode overview = root.putArray("overview");
        for (String block : fenced(user, "stories").split("\n\n")) {
            Matcher m = BRIEFING_LINE.matcher(block);
            if (m.find() && overview.size() < 3) {
                ArrayNode cites = overview.addObject().put("text", m.group(2)).putArray("cites");
                for (String pair : m.group(1).split(";")) {
                    String[] parts = pair.strip().split(":");
                    cites.addArray().add(Integer.parseInt(parts[0])).add(Integer.parseInt(parts[1]));
                }
            }
        }
        return root.toString();
    }

    /** The text between {@code <tag>} and {@code </tag>}. */
    public static String fenced(String message, String tag) {
        int start = message.indexOf("<" + tag + ">");
        int end = message.indexOf("</" + tag + ">", start);
        return start < 0 || end < 0
                ? ""
                : message.substring(start + tag.length() + 2, end).strip();
    }
}
