package warta.core.process;

import dev.langchain4j.data.message.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.sentence.SentenceSplitter;
import warta.core.translate.Conversation;
import warta.core.translate.Segment;

/**
 * Whether and how an article's summary goes on from its translation conversation, so a model
 * with a prompt cache reads only the summary's instructions (issue 16). Decided per provider:
 * the in-process engine keeps each conversation's tokens in its slot's KV cache, so for it the
 * summary of a one-chunk article is the next turn of the translation conversation. Other
 * providers get today's shorter summary request (see {@code docs/providers.md}). Collects the
 * chunks' conversations of one article; thread-safe.
 */
final class SummaryContinuation implements Consumer<Conversation> {

    private final boolean enabled;
    private final List<Conversation> conversations = new CopyOnWriteArrayList<>();

    private SummaryContinuation(boolean enabled) {
        this.enabled = enabled;
    }

    /** For one article processed by a model of {@code config}. */
    static SummaryContinuation forModel(ModelConfig config) {
        return new SummaryContinuation(continues(config));
    }

    /** Whether the provider keeps a conversation's prefix between requests, so going on from it costs nothing. */
    static boolean continues(ModelConfig config) {
        return config.provider() == Provider.EMBEDDED;
    }

    @Override
    public void accept(Conversation conversation) {
        if (enabled) {
            conversations.add(conversation);
        }
    }

    /** The conversation to go on from: that of the article's only chunk; null when there is none. */
    List<ChatMessage> conversation() {
        if (conversations.size() != 1 || conversations.getFirst().chunks() != 1) {
            return null;
        }
        return conversations.getFirst().messages();
    }

    /**
     * Which of the article's sentence numbers each numbered paragraph of the conversation holds,
     * one line each ({@code [2] sentences 1 to 3}); the numbers are those of {@code inspect},
     * counted over {@code paragraphs}, the article's cleaned source paragraphs.
     */
    String numbering(List<String> paragraphs) {
        List<List<String>> sentences = SentenceSplitter.indonesian().splitEach(paragraphs);
        List<Integer> firsts = new ArrayList<>();
        int next = 1;
        for (List<String> paragraph : sentences) {
            firsts.add(next);
            next += paragraph.size();
        }
        List<String> lines = new ArrayList<>();
        List<Integer> numbered = conversations.getFirst().paragraphs();
        for (int k = 0; k < numbered.size(); k++) {
            int p = numbered.get(k);
            lines.add("[" + (k + 1) + "] "
                    + (p == Segment.TITLE
                            ? "the title: no sentence numbers"
                            : range(firsts.get(p), sentences.get(p).size())));
        }
        return String.join("\n", lines);
    }

    private static String range(int first, int count) {
        return switch (count) {
            case 0 -> "no sentence numbers";
            case 1 -> "sentence " + first;
            default -> "sentences " + first + " to " + (first + count - 1);
        };
    }
}
