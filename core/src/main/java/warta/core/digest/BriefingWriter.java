package warta.core.digest;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import warta.core.chunk.TokenCounter;

/**
 * Writes a digest's overview, the reduce step over the written stories: one request with every
 * story's headline, dates and sentences (each under the [report, sentence] pairs it cites),
 * asking for 1 to 3 sentences that cite those pairs. When the stories do not fit the budget, each
 * story keeps fewer sentences (at least its headline and first sentence). Thread-safe when the
 * model is.
 */
final class BriefingWriter {

    private final ChatModel model;
    private final DigestPrompts prompts;
    private final TokenCounter counter;
    private final int room;

    BriefingWriter(ChatModel model, DigestPrompts prompts, TokenCounter counter, int room) {
        this.model = model;
        this.prompts = prompts;
        this.counter = counter;
        this.room = room;
    }

    Asking.Outcome<List<DigestStatement>> write(List<DigestStory> stories) {
        String text = text(stories);
        Set<Cite> shown = shown(stories, text);
        return Asking.ask(model, prompts, prompts.briefing(text), a -> DigestAnswer.overview(a, shown));
    }

    ChatRequest plan(String placeholder) {
        return prompts.briefing(placeholder);
    }

    /** The stories as the request shows them: as many sentences of each as the budget allows. */
    String text(List<DigestStory> stories) {
        int most = stories.stream().mapToInt(s -> s.sentences().size()).max().orElse(1);
        String text = render(stories, most);
        for (int keep = most - 1; keep >= 1 && counter.count(text) > room; keep--) {
            text = render(stories, keep);
        }
        return text;
    }

    private static String render(List<DigestStory> stories, int keep) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            DigestStory story = stories.get(i);
            List<String> lines = new ArrayList<>();
            lines.add("== Story " + (i + 1) + ": " + story.headline() + " (" + dates(story) + ")");
            for (DigestStatement s : story.sentences()
                    .subList(0, Math.min(keep, story.sentences().size()))) {
                if (!s.citations().isEmpty()) {
                    lines.add(label(s) + " " + s.text());
                }
            }
            blocks.add(String.join("\n", lines));
        }
        return String.join("\n\n", blocks);
    }

    private static String dates(DigestStory story) {
        if (story.firstDate() == null) {
            return "date unknown";
        }
        return story.firstDate().equals(story.lastDate())
                ? story.firstDate()
                : story.firstDate() + " to " + story.lastDate();
    }

    private static String label(DigestStatement s) {
        return "["
                + String.join(
                        "; ",
                        Cite.of(s.citations()).stream()
                                .map(c -> c.source() + ":" + c.sentence())
                                .toList()) + "]";
    }

    /** The pairs the shown sentences cite. */
    private static Set<Cite> shown(List<DigestStory> stories, String text) {
        Set<Cite> shown = new LinkedHashSet<>();
        for (DigestStory story : stories) {
            for (DigestStatement s : story.sentences()) {
                if (text.contains(label(s) + " " + s.text())) {
                    shown.addAll(Cite.of(s.citations()));
                }
            }
        }
        return shown;
    }
}
