package warta.bench.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answer to a summary request: one JSON object in the form Warta's summary prompt asks for,
 * in plain generic English. It holds no digit and no capitalised word but the first of each
 * sentence, so it names nothing the article does not: the summary has exactly three sentences
 * (well under 120 words), there are three key points, and the entity lists are empty.
 * Stateless and thread-safe.
 */
final class SummaryReply {

    static final String HEADLINE = "Officials discuss the plan and its next steps";
    static final String SUMMARY = "The article reports on a recent development and on the response of those involved. "
            + "Officials said that the work would continue in the coming period after a meeting with local leaders. "
            + "Residents are expected to follow the next steps and to give their views on the plan.";
    static final String[] KEY_POINTS = {
        "The article reports on a recent development.",
        "Officials said that the work would continue.",
        "Residents are expected to follow the next steps."
    };

    private SummaryReply() {}

    static String answer(ObjectMapper json) {
        ObjectNode summary = json.createObjectNode();
        summary.put("headline", HEADLINE);
        summary.put("summary", SUMMARY);
        summary.putArray("keyPoints").add(KEY_POINTS[0]).add(KEY_POINTS[1]).add(KEY_POINTS[2]);
        ObjectNode entities = summary.putObject("entities");
        entities.putArray("people");
        entities.putArray("organizations");
        entities.putArray("places");
        return summary.toString();
    }
}
