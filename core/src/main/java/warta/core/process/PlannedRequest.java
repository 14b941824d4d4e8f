package warta.core.process;

import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * A request a run would send, for {@code --dry-run}.
 *
 * @param purpose what it is for ("translate chunk 1 of 3", "summarize")
 * @param request the request exactly as it would be sent
 * @param inputTokens the estimated tokens of its messages
 * @param cachedTokens of those, the estimated tokens the model would not read again: the leading
 *     messages an earlier request of the plan already sent, for a provider that keeps a prompt
 *     prefix (the in-process engine); 0 for the others
 */
public record PlannedRequest(String purpose, ChatRequest request, int inputTokens, int cachedTokens) {

    /** A request of which nothing is expected from a prompt cache. */
    public PlannedRequest(String purpose, ChatRequest request, int inputTokens) {
        this(purpose, request, inputTokens, 0);
    }
}
