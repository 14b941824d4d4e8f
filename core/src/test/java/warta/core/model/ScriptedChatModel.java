package warta.core.model;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A fake chat model that plays a script: a String step answers, an exception step is thrown. */
final class ScriptedChatModel implements ChatModel {

    private final Deque<Object> script;
    final List<ChatRequest> requests = new ArrayList<>();

    ScriptedChatModel(Object... steps) {
        this.script = new ArrayDeque<>(List.of(steps));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Object step = script.isEmpty() ? new AssertionError("no more steps") : script.removeFirst();
        if (step instanceof RuntimeException e) {
            throw e;
        }
        if (step instanceof Error e) {
            throw e;
        }
        return ChatResponse.builder().aiMessage(AiMessage.from((String) step)).build();
    }
}
