package warta.bench.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer to a summary request: one JSON object in the form Warta's summary prompt asks for,
 * in plain generic English. It holds no digit and no capitalised word but the first of each
 * sentence, so it names nothing the article does not: the summary has exactly three sentences
 * (well under 120 words), there are three key points, and the entity lists are empty. Every
 * sentence and key point cites one sentence number the request shows: the labels at the start of
 * the article's lines ({@code [4]}, {@code [4,5]}), or, for the combine step, the numbers in the
 * partial summaries' {@code sources}; the first, second and third such number, cycling when there
 * are fewer (1 when there is none). Stateless and thread-safe.
 */
final class SummaryReply {

    static final String HEADLINE = "Officials discuss the plan and its next steps";
    static final String[] SENTENCES = {
        "The article reports on a recent development and on the response of those involved.",
        "Officials said that the work would continue in the coming period after a meeting with local leaders.",
        "Residents are expected to follow the next steps and to give their views on the plan."
    };
    static final String SUMMARY = String.join(" ", SENTENCES);
    static final String[] KEY_POINTS = {
        "The article reports on a recent development.",
        "Officials said that the work would continue.",
        "Residents are expected to follow the next steps."
    };

    private static final Pattern LABEL = Pattern.compile("(?m)^\\[(\\d+)[],]");
    private static final Pattern SOURCES = Pattern.compile("\"sources\"\\s*:\\s*\\[\\s*(\\d+)");

    private SummaryReply() {}

    static String answer(ChatCall call, ObjectMapper json) {
        List<Integer> numbers = cited(call.firstUserWith("<article>").orElse(call.lastUser()));
        ObjectNode summary = json.createObjectNode();
        summary.put("headline", HEADLINE);
        statements(summary.putArray("summary"), SENTENCES, numbers);
        statements(summary.putArray("keyPoints"), KEY_POINTS, numbers);
        ObjectNode entities = summary.putObject("entities");
        entities.putArray("people");
        entities.putArray("organizations");
        entities.putArray("places");
        return summary.toString();
    }

    private static void statements(ArrayNode array, String[] texts, List<Integer> numbers) {
        for (int i = 0; i < texts.length; i++) {
            array.addObject().put("text", texts[i]).putArray("sources").add(numbers.get(i % numbers.size()));
        }
    }

    /** The sentence numbers the request shows, in order, without repeats; [1] when it shows none. */
    static List<Integer> cited(String user) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (Pattern pattern : List.of(LABEL, SOURCES)) {
            Matcher m = pattern.matcher(user);
            while (m.find()) {
                numbers.add(Integer.valueOf(m.group(1)));
            }
            if (!numbers.isEmpty()) {
                return new ArrayList<>(numbers);
            }
        }
        return List.of(1);
    }
}
