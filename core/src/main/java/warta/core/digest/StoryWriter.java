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
 * within the budget, one request each, then the parts' answers combined in rounds: as many answers
 * as fit the budget together in one combine request, the round repeated over its answers until one
 * is left. An answer that would take more than half the budget is given by its headline and first
 * sentences only; two answers that still do not fit together are combined in pairs anyway, so the
 * rounds end.
 * Every request is asked and repaired by {@link Asking}. Thread-safe when the model is.
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
     * @param lost the parts of a long story whose answer could not be read even after a retry, each
     *     saying which part and why (what they said is missing from the story)
     */
    record Written(DigestAnswer.Story story, List<DigestAnswer.Problem> problems, String failure, List<String> lost) {

        Written {
            lost = List.copyOf(lost);
        }
    }

    Written write(String about, List<Material> members) {
        List<StoryText> texts = texts(members);
        if (texts.size() == 1) {
            StoryText text = texts.getFirst();
            Asking.Outcome<DigestAnswer.Story> outcome = Asking.ask(
                    model, prompts, prompts.story(about, text.text()), a -> DigestAnswer.story(a, text.shown()));
            return written(outcome);
        }
        Set<Cite> shown = new LinkedHashSet<>();
        List<DigestAnswer.Story> partials = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            StoryText part = texts.get(i);
            shown.addAll(part.shown());
            Asking.Outcome<DigestAnswer.Story> outcome = Asking.ask(
                    model,
                    prompts,
                    prompts.part(about, i + 1, texts.size(), part.text()),
                    a -> DigestAnswer.story(a, part.shown()));
            if (outcome.value() != null) {
                partials.add(outcome.value());
            } else {
                lost.add("part " + (i + 1) + " of " + texts.size() + ": " + outcome.unreadable());
            }
        }
        if (partials.isEmpty()) {
            return new Written(null, List.of(), "no part of the story could be read", List.of());
        }
        return combine(about, partials, shown, lost);
    }

    /** The parts' answers combined in rounds within the budget, down to one answer. */
    private Written combine(String about, List<DigestAnswer.Story> partials, Set<Cite> shown, List<String> lost) {
        List<String> answers = partials.stream().map(this::answer).toList();
        while (true) {
            List<List<String>> groups = groups(answers);
            List<String> next = new ArrayList<>();
            for (List<String> group : groups) {
                if (group.size() == 1 && groups.size() > 1) {
                    next.add(group.getFirst()); // combined in the next round
                    continue;
                }
                Asking.Outcome<DigestAnswer.Story> last =
                        Asking.ask(model, prompts, prompts.combine(about, group), a -> DigestAnswer.story(a, shown));
                if (groups.size() == 1) {
                    return new Written(last.value(), last.problems(), last.unreadable(), lost);
                }
                if (last.value() != null) {
                    next.add(answer(last.value()));
                } else {
                    lost.add("a combine step over " + group.size() + " answers: " + last.unreadable());
                }
            }
            if (next.isEmpty()) {
                return new Written(null, List.of(), "no combine step could be read", lost);
            }
            answers = next;
        }
    }

    /**
     * An answer as a combine step gets it: whole, or, when it would take more than half the budget
     * (so that no two would fit together), its headline and as many of its first sentences as fit
     * (at least one).
     */
    private String answer(DigestAnswer.Story story) {
        String text = json(story);
        List<DigestStatement> sentences = story.sentences();
        for (int keep = sentences.size(); keep >= 1 && counter.count(text) > room / 2; keep--) {
            text = json(new DigestAnswer.Story(story.headline(), sentences.subList(0, keep), List.of(), List.of()));
        }
        return text;
    }

    /**
     * The answers in groups that each fit the budget together, in order; when no two fit together,
     * in pairs, so that every round has fewer answers than the one before.
     */
    List<List<String>> groups(List<String> answers) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        int tokens = 0;
        for (String answer : answers) {
            int size = counter.count(answer) + 1;
            if (!group.isEmpty() && tokens + size > room) {
                groups.add(group);
                group = new ArrayList<>();
                tokens = 0;
            }
            group.add(answer);
            tokens += size;
        }
        groups.add(group);
        if (groups.size() == answers.size() && answers.size() > 1) {
            groups = new ArrayList<>();
            for (int i = 0; i < answers.size(); i += 2) {
                groups.add(answers.subList(i, Math.min(i + 2, answers.size())));
            }
        }
        return groups;
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
        return new Written(outcome.value(), outcome.problems(), outcome.unreadable(), List.of());
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
