package warta.core.process;

import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * A request a run would send, for {@code --dry-run}.
 *
 * @param purpose what it is for ("translate chunk 1 of 3", "summarize")
 * @param request the request exactly as it would be sent
 * @param inputTokens the estimated tokens of its messages
 */
public record PlannedRequest(String purpose, ChatRequest request, int inputTokens) {}
