package warta.core.translate;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;

/**
 * The last exchange that translated one chunk, as the model saw it: the request's messages and the
 * model's answer, last. A request that goes on from it (the summary of a one-chunk article) shares
 * this whole prefix, which a model with a prompt cache does not read again.
 *
 * @param chunk 0-based index of the chunk
 * @param chunks the article's number of chunks
 * @param messages the messages, the model's answer last
 * @param paragraphs for each numbered paragraph {@code [k]} of the request ({@code k - 1}), the
 *     index of the source paragraph it is (part of), or {@link Segment#TITLE}
 */
public record Conversation(int chunk, int chunks, List<ChatMessage> messages, List<Integer> paragraphs) {

    public Conversation {
        messages = List.copyOf(messages);
        paragraphs = List.copyOf(paragraphs);
    }
}
