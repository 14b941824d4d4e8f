package warta.server.testing;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import warta.core.model.ModelFactory;
import warta.core.testing.FakeDigest;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/**
 * The server's model in tests: a fake that translates faithfully ({@link FakeEnglish}), writes a
 * plain summary, and writes a digest's stories and briefing from the lines it is shown, citing them
 * ({@link FakeDigest}), unless a test sets another behaviour with {@link #answer} (and puts the default
 * back with {@link #reset}, in an {@code @AfterEach}). Replaces the real model factory. Keeps
 * the last user message of every request since the application started ({@link #requests}).
 */
public final class TestModel {

    public static final String SUMMARY = FakeEnglish.SUMMARY;

    private static final FakeModel DEFAULT = FakeModel.answering(TestModel::faithful);
    private static final AtomicReference<ChatModel> CURRENT = new AtomicReference<>(DEFAULT);
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final List<UnaryOperator<ChatModel>> INNERS = new CopyOnWriteArrayList<>();

    /** A faithful translation, the plain summary, or a digest's faithful story or briefing ({@link FakeDigest}). */
    public static String faithful(ChatRequest request) {
        return FakeDigest.answer(request);
    }

    /** Whether {@code request} asks for a translation (else it asks for a summary). */
    public static boolean translates(ChatRequest request) {
        return FakeModel.lastUser(request).contains("paragraphs into English");
    }

    /** Makes the server's model behave like {@code model} until {@link #reset}. */
    public static void answer(ChatModel model) {
        CURRENT.set(model);
    }

    /** A model that must not be called. */
    public static ChatModel failing() {
        return FakeModel.answering(request -> {
            throw new AssertionError("not to be called");
        });
    }

    public static void reset() {
        CURRENT.set(DEFAULT);
    }

    /**
     * What the engine put inside the retry layer of each model it made, oldest first: an adaptive
     * limiter each, for the interactive endpoints and for batch jobs.
     */
    public static List<UnaryOperator<ChatModel>> inners() {
        return List.copyOf(INNERS);
    }

    /** The last user message of every request the server's model got, oldest first. */
    public static List<String> requests() {
        return List.copyOf(REQUESTS);
    }

    /** Replaces the real providers: the server's engine makes this model, with its layers around it. */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    ModelFactory models() {
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                REQUESTS.add(FakeModel.lastUser(request));
                return CURRENT.get().chat(request);
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return doChat(request);
            }
        };
        return (config, inner, files) -> {
            INNERS.add(inner);
            return inner.apply(model);
        };
    }
}
