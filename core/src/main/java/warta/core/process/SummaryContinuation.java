package warta.core.process;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import warta.core.chunk.TokenCounter;
import warta.core.model.ModelConfig;
import warta.core.model.PrefixCache;
import warta.core.model.ServerLimits;
import warta.core.sentence.SentenceSplitter;
import warta.core.translate.Conversation;
import warta.core.translate.Segment;
import warta.core.usage.Messages;

/**
 * Whether and how an article's summary goes on from its translation conversation, so a model
 * with a prompt cache reads only the summary's instructions (issue 16). Decided per provider by
 * its {@link PrefixCache}: where a slot's KV cache keeps the conversation (the in-process engine,
 * llama-server) the summary of a one-chunk article is the next turn of the translation
 * conversation; at OpenAI's hosted API only when the conversation's prompt is long enough to be
 * cached ({@value PrefixCache#HOSTED_MINIMUM} tokens); other providers get the shorter summary
 * request (see {@code docs/providers.md}). Collects the chunks' conversations of one article;
 * thread-safe.
 */
final class SummaryContinuation implements Consumer<Conversation> {

    private final PrefixCache cache;
    private final List<Conversation> conversations = new CopyOnWriteArrayList<>();

    private SummaryContinuation(PrefixCache cache) {
        this.cache = cache;
    }

    /** For one article processed by a model of {@code config}, whose server said {@code limits}. */
    static SummaryContinuation forModel(ModelConfig config, ServerLimits limits) {
        return new SummaryContinuation(PrefixCache.of(config, limits));
    }

    /** Whether the provider may keep a conversation's prefix between requests (of some length). */
    boolean keepsPrefixes() {
        return cache != PrefixCache.NONE;
    }

    /** Whether a prefix of {@code tokens}, read by an earlier request, is served from the provider's cache. */
    boolean serves(long tokens) {
        return cache.serves(tokens);
    }

    @Override
    public void accept(Conversation conversation) {
        if (keepsPrefixes()) {
            conversations.add(conversation);
        }
    }

    /**
     * The conversation to go on from: that of the article's only chunk, when the provider serves
     * the prompt it was asked with (its messages but the model's answer, counted with {@code
     * tokens}) from its cache; null when there is none.
     */
    List<ChatMessage> conversation(TokenCounter tokens) {
        if (conversations.size() != 1 || conversations.getFirst().chunks() != 1) {
            return null;
        }
        List<ChatMessage> messages = conversations.getFirst().messages();
        long prompt = 0;
        for (ChatMessage message : messages) {
            if (!(message instanceof AiMessage)) {
                prompt += tokens.count(Messages.text(message));
            }
        }
        return cache.serves(prompt) ? messages : null;
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
