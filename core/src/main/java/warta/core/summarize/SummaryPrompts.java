package warta.core.summarize;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import warta.core.prompt.Fence;
import warta.core.prompt.PromptLibrary;

/**
 * Builds the summary requests: whole article, one part of a long one, the combination of partial
 * summaries, and the stricter retry. The article text is always a fenced template value. When
 * the provider can enforce a JSON schema, the request carries it: {@link SummaryJson#responseFormat()},
 * or, for an engine that enforces it as a grammar, the bounded {@link SummaryJson#grammarFormat}
 * for the sentence numbers shown ({@link #citing}).
 */
final class SummaryPrompts {

    private final PromptLibrary prompts;
    private final ResponseFormat format;

    SummaryPrompts(PromptLibrary prompts, boolean jsonSchema) {
        this(prompts, jsonSchema ? SummaryJson.responseFormat() : null);
    }

    private SummaryPrompts(PromptLibrary prompts, ResponseFormat format) {
        this.prompts = prompts;
        this.format = format;
    }

    /** These prompts, asking under the grammar for a summary citing only {@code shown}. */
    SummaryPrompts citing(Set<Integer> shown) {
        return new SummaryPrompts(prompts, SummaryJson.grammarFormat(shown));
    }

    ChatRequest whole(String metadata, String text) {
        return request(prompts.get("summarize-user")
                .render(Map.of("metadata", metadata, "text", Fence.wrap("article", text))));
    }

    ChatRequest part(int part, int parts, String text) {
        return request(prompts.get("summarize-partial-user")
                .render(Map.of(
                        "part",
                        String.valueOf(part),
                        "parts",
                        String.valueOf(parts),
                        "text",
                        Fence.wrap("article", text))));
    }

    ChatRequest combine(String metadata, List<String> partials) {
        return request(prompts.get("summarize-combine-user")
                .render(Map.of("metadata", metadata, "partials", Fence.wrap("article", String.join("\n", partials)))));
    }

    /**
     * The summary as the next turn of a translation conversation ({@code conversation}, the
     * model's translation last): only the instructions and the sentence numbering of its
     * paragraphs are new, so a model that still holds the conversation reads nothing else.
     */
    ChatRequest continued(List<ChatMessage> conversation, String metadata, String numbering) {
        List<ChatMessage> messages = new ArrayList<>(conversation);
        messages.add(UserMessage.from(
                prompts.get("summarize-continue").render(Map.of("metadata", metadata, "numbering", numbering))));
        return ChatRequest.builder().messages(messages).responseFormat(format).build();
    }

    ChatRequest retry(ChatRequest first, String previousAnswer, String problem) {
        List<ChatMessage> messages = new ArrayList<>(first.messages());
        messages.add(
                AiMessage.from(previousAnswer == null || previousAnswer.isEmpty() ? "(no answer)" : previousAnswer));
        messages.add(UserMessage.from(prompts.get("summarize-retry").render(Map.of("problem", problem))));
        return first.toBuilder().messages(messages).build();
    }

    private ChatRequest request(String user) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(prompts.get("summarize-system").render(Map.of())), UserMessage.from(user))
                .responseFormat(format)
                .build();
    }
}
