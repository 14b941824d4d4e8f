package warta.core.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import warta.core.chunk.TokenCounter;

/**
 * Writes one story of a digest with the model, within the budget for text a request may carry:
 * one request over its articles' numbered English sentences when they fit; else one over their
 * summary statements (each under the sentences it cites); else map-reduce: the statements in parts
 * within the budget, one request each, then one that combines the parts' answers. Every request
 * is asked and repaired by {@link Asking}. Thread-safe when the model is.
 */
final class StoryWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ChatModel model;
    private final DigestPrompts prompts;
    private final TokenCounter counter;
    private final int room;

    /**
     * @param room the most tokens of story text one request may carry, in {@code counter}'s tokens
     */
    StoryWriter(ChatModel model, DigestPrompts prompts, TokenCounter counter, int room) {
        this.model = model;
        this.prompts = prompts;
        this.counter = counter;
        this.room = room;
    }

    /**
     * The story as written.
     *
     * @param story the answer kept, or null when no answer could be read
     * @param problems the problems that remain in it
     * @param failure why no answer could be read, or null
     */
    record Written(DigestAnswer.Story story, List<DigestAnswer.Problem> problems, String failure) {}

    Written write(String about, List<Material> members) {
        List<StoryText> texts = texts(members);
        if (texts.size() == 1) {
            StoryText text = texts.getFirst();
            Asking.Outcome<DigestAnswer.Story> outcome = Asking.ask(
                    model, prompts, prompts.story(about, text.text()), a -> DigestAnswer.story(a, text.shown()));
            return written(outcome);
        }
        Set<Cite> shown = new LinkedHashSet<>();
        List<String> partials = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            StoryText part = texts.get(i);
            shown.addAll(part.shown());
            Asking.Outcome<DigestAnswer.Story> outcome = Asking.ask(
                    model,
                    prompts,
                    prompts.part(about, i + 1, texts.size(), part.text()),
                    a -> DigestAnswer.story(a, part.shown()));
            if (outcome.value() != null) {
                partials.add(json(outcome.value()));
            }
        }
        if (partials.isEmpty()) {
            return new Written(null, List.of(), "no part of the story could be read");
        }
        Asking.Outcome<DigestAnswer.Story> combined =
                Asking.ask(model, prompts, prompts.combine(about, partials), a -> DigestAnswer.story(a, shown));
        return written(combined);
    }

    /** The requests {@link #write} sends first, exactly (a long story's combine step depends on the answers). */
    List<ChatRequest> plan(String about, List<Material> members) {
        List<StoryText> texts = texts(members);
        if (texts.size() == 1) {
            return List.of(prompts.story(about, texts.getFirst().text()));
        }
        List<ChatRequest> requests = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            requests.add(prompts.part(about, i + 1, texts.size(), texts.get(i).text()));
        }
        return requests;
    }

    /** The story's text for one request, or its parts. */
    private List<StoryText> texts(List<Material> members) {
        StoryText full = StoryText.full(members);
        if (fits(full)) {
            return List.of(full);
        }
        StoryText summarized = StoryText.summarized(members);
        if (fits(summarized)) {
            return List.of(summarized);
        }
        return summarized.parts(counter, room);
    }

    private boolean fits(StoryText text) {
        return counter.count(text.text()) <= room;
    }

    private static Written written(Asking.Outcome<DigestAnswer.Story> outcome) {
        return new Written(outcome.value(), outcome.problems(), outcome.unreadable());
    }

    /** A story answer back in the form the model answers in: how the combine step gets the parts. */
    static String json(DigestAnswer.Story story) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("headline", story.headline());
        statements(root.putArray("sentences"), story.sentences());
        statements(root.putArray("keyPoints"), story.keyPoints());
        ArrayNode disagreements = root.putArray("disagreements");
        for (Disagreement d : story.disagreements()) {
            ObjectNode node =
                    disagreements.addObject().put("subject", d.subject()).put("text", d.text());
            cites(node.putArray("cites"), d.citations());
        }
        return root.toString();
    }

    private static void statements(ArrayNode array, List<DigestStatement> statements) {
        for (DigestStatement s : statements) {
            cites(array.addObject().put("text", s.text()).putArray("cites"), s.citations());
        }
    }

    private static void cites(ArrayNode array, List<Citation> citations) {
        for (Cite cite : Cite.of(citations)) {
            array.addArray().add(cite.source()).add(cite.sentence());
        }
    }
}
