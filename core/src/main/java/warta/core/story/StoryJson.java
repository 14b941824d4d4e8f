package warta.core.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@link StoryReport} as JSON, as {@code warta stories --format json} prints it (see {@code docs/stories.md}). */
public final class StoryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoryJson() {}

    /** The report as indented JSON, ending in a newline. */
    public static String render(StoryReport report) {
        return toNode(report).toPrettyString() + "\n";
    }

    public static ObjectNode toNode(StoryReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode stories = root.putArray("stories");
        for (Story story : report.stories()) {
            stories.add(story(story, report.rules()));
        }
        root.putObject("rules")
                .put("threshold", report.rules().threshold())
                .put("dateDays", report.rules().dateDays());
        ArrayNode failures = root.putArray("failures");
        report.failures().forEach(failures::add);
        return root;
    }

    static ObjectNode story(Story story, StoryRules rules) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", story.id());
        ArrayNode dates = node.putArray("dates");
        story.dates(rules.dateDays()).forEach(d -> dates.add(d.toString()));
        ArrayNode members = node.putArray("members");
        for (StoryTraits member : story.members()) {
            members.add(member(member));
        }
        ArrayNode links = node.putArray("links");
        for (Link link : story.links()) {
            links.add(link(link));
        }
        if (story.nearest() == null) {
            node.putNull("nearest");
        } else {
            node.set("nearest", link(story.nearest()));
        }
        return node;
    }

    private static ObjectNode member(StoryTraits member) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", member.id());
        node.put("source", member.source());
        node.put("title", member.title());
        node.put("outlet", member.outlet());
        node.put(
                "published",
                member.published() == null ? null : member.published().toString());
        ArrayNode dates = node.putArray("dates");
        for (EventDate date : member.dates()) {
            dates.addObject().put("date", date.show()).put("kind", date.kind()).put("text", date.text());
        }
        return node;
    }

    static ObjectNode link(Link link) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("from", link.from());
        node.put("to", link.to());
        node.put("score", link.score());
        ArrayNode reasons = node.putArray("reasons");
        for (Reason reason : link.reasons()) {
            reasons.addObject()
                    .put("kind", reason.kind().id())
                    .put("detail", reason.detail())
                    .put("score", reason.score());
        }
        return node;
    }
}
