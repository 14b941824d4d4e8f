package warta.bench.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a digest's story or briefing request: one JSON object in the form Warta's digest
 * prompts ask for, in plain generic English that holds no digit and no capitalised word but the
 * first of each sentence, so it names nothing the reports do not. A story ({@code <story>} in the
 * first user message) gets a headline, two sentences, two key points and no disagreement; each
 * statement cites one [report, sentence] pair the request shows: the first pair of each report in
 * turn (the labels {@code [2:4]} at the start of its lines, or, for the combine step, the pairs in
 * the parts' {@code cites}). A briefing ({@code <stories>}) gets one overview sentence citing the
 * first pair of each story. Stateless and thread-safe.
 */
final class DigestReply {

    static final String HEADLINE = "Reports describe the same event from several sides";
    static final String[] SENTENCES = {
        "The reports describe a recent event and the response of those involved.",
        "Officials said that the work would continue after the meeting."
    };
    static final String[] KEY_POINTS = {"The event drew a response from officials.", "The work is to continue."};
    static final String OVERVIEW = "The stories follow the events in the order in which they happened.";

    private static final Pattern LABEL = Pattern.compile("(?m)^\\[(\\d+):(\\d+)");
    private static final Pattern PAIR = Pattern.compile("\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]");
    private static final Pattern STORY_HEADER = Pattern.compile("(?m)^== Story \\d+:");

    private DigestReply() {}

    /** The answer, or empty when the call is not a digest's story or briefing request. */
    static Optional<String> answer(ChatCall call, ObjectMapper json) {
        Optional<String> briefing = call.firstUserWith("<stories>");
        if (briefing.isPresent()) {
            return Optional.of(briefing(briefing.get(), json));
        }
        return call.firstUserWith("<story>").map(user -> story(user, json));
    }

    private static String story(String user, ObjectMapper json) {
        List<int[]> pairs = firstPairs(user.contains("Combine them") ? PAIR : LABEL, user);
        ObjectNode root = json.createObjectNode().put("headline", HEADLINE);
        statements(root.putArray("sentences"), SENTENCES, pairs);
        statements(root.putArray("keyPoints"), KEY_POINTS, pairs);
        root.putArray("disagreements");
        return root.toString();
    }

    private static String briefing(String user, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ArrayNode cites =
                root.putArray("overview").addObject().put("text", OVERVIEW).putArray("cites");
        String[] stories = STORY_HEADER.split(user);
        for (int i = 1; i < stories.length; i++) {
            Matcher m = Pattern.compile("(?m)^\\[(\\d+):(\\d+)").matcher(stories[i]);
            if (m.find()) {
                cites.addArray().add(Integer.parseInt(m.group(1))).add(Integer.parseInt(m.group(2)));
            }
        }
        if (cites.isEmpty()) {
            cites.addArray().add(1).add(1);
        }
        return root.toString();
    }

    private static void statements(ArrayNode array, String[] texts, List<int[]> pairs) {
        for (int i = 0; i < texts.length; i++) {
            int[] pair = pairs.get(i % pairs.size());
            array.addObject()
                    .put("text", texts[i])
                    .putArray("cites")
                    .addArray()
                    .add(pair[0])
                    .add(pair[1]);
        }
    }

    /** The first pair of each report, in the order the reports come; [1, 1] when there is none. */
    static List<int[]> firstPairs(Pattern pattern, String user) {
        Map<Integer, int[]> first = new LinkedHashMap<>();
        Matcher m = pattern.matcher(user);
        while (m.find()) {
            int report = Integer.parseInt(m.group(1));
            first.putIfAbsent(report, new int[] {report, Integer.parseInt(m.group(2))});
        }
        return first.isEmpty() ? List.of(new int[] {1, 1}) : new ArrayList<>(first.values());
    }
}
