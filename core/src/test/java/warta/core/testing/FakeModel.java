package warta.core.testing;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A hand-written {@link ChatModel} for tests: answers each request with a function of it, and
 * keeps every request it got, in order, so a test can assert exactly what was sent. Reports
 * token usage of 10 in and 5 out per request unless told not to. Thread-safe.
 */
public final class FakeModel implements ChatModel {

    private final Function<ChatRequest, String> answers;
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final boolean reportsUsage;
    private final Set<Capability> capabilities;

    private FakeModel(Function<ChatRequest, String> answers, boolean reportsUsage, Set<Capability> capabilities) {
        this.answers = answers;
        this.reportsUsage = reportsUsage;
        this.capabilities = capabilities;
    }

    public static FakeModel answering(Function<ChatRequest, String> answers) {
        return new FakeModel(answers, true, Set.of());
    }

    public FakeModel withoutUsage() {
        return new FakeModel(answers, false, capabilities);
    }

    public FakeModel withJsonSchema() {
        return new FakeModel(answers, reportsUsage, Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA));
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        String answer = answers.apply(request);
        ChatResponse.Builder response = ChatResponse.builder().aiMessage(AiMessage.from(answer));
        if (reportsUsage) {
            response.tokenUsage(new TokenUsage(10, 5));
        }
        return response.build();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return doChat(request);
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return capabilities;
    }

    public List<ChatRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** The text of the last user message of a request. */
    public static String lastUser(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage u) {
                return u.singleText();
            }
        }
        throw new AssertionError("no user message in " + request);
    }

    /** The text of the system message of a request. */
    public static String system(ChatRequest request) {
        return request.messages().stream()
                .filter(SystemMessage.class::isInstance)
                .map(m -> ((SystemMessage) m).text())
                .findFirst()
                .orElseThrow();
    }
}
