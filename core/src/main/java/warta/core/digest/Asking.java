package warta.core.digest;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import warta.core.error.ModelException;

/**
 * Asks the model for one of a digest's JSON answers, and once more, with a stricter prompt that
 * says what was wrong, when the answer cannot be read or has problems (citations the text did not
 * show, a statement citing nothing, limits broken), as summaries do. Of the two answers the
 * readable one with fewer problems is kept. A retry that no longer fits the model's context (it is
 * longer by the first answer) leaves the first answer standing. Stateless.
 */
final class Asking {

    /** Reads an answer. */
    interface Reader<T> {
        DigestAnswer.Reading<T> read(String answer) throws DigestAnswer.Unreadable;
    }

    /**
     * What came of asking.
     *
     * @param value the answer read, or null when neither answer could be read
     * @param problems the problems of the answer kept
     * @param unreadable why the answer could not be read, when {@code value} is null
     */
    record Outcome<T>(T value, List<DigestAnswer.Problem> problems, String unreadable) {}

    private Asking() {}

    static <T> Outcome<T> ask(ChatModel model, DigestPrompts prompts, ChatRequest request, Reader<T> reader) {
        Answer<T> first = answer(model, request, reader);
        if (first.reading() != null && first.reading().problems().isEmpty()) {
            return first.outcome();
        }
        Answer<T> second;
        try {
            second = answer(model, prompts.retry(request, first.raw(), first.described()), reader);
        } catch (ModelException e) {
            if (e.kind() != ModelException.Kind.CONTEXT_LENGTH || first.reading() == null) {
                throw e;
            }
            return first.outcome();
        }
        if (second.reading() == null) {
            return first.reading() == null ? second.outcome() : first.outcome();
        }
        if (first.reading() == null
                || second.reading().problems().size()
                        <= first.reading().problems().size()) {
            return second.outcome();
        }
        return first.outcome();
    }

    private static <T> Answer<T> answer(ChatModel model, ChatRequest request, Reader<T> reader) {
        ChatResponse response = model.chat(request);
        String raw = response.aiMessage() == null ? null : response.aiMessage().text();
        try {
            return new Answer<>(raw, reader.read(raw), null);
        } catch (DigestAnswer.Unreadable e) {
            return new Answer<>(raw, null, e.getMessage());
        }
    }

    private record Answer<T>(String raw, DigestAnswer.Reading<T> reading, String unreadable) {

        String described() {
            return reading == null ? unreadable : reading.described();
        }

        Outcome<T> outcome() {
            return reading == null
                    ? new Outcome<>(null, List.of(), unreadable)
                    : new Outcome<>(reading.value(), reading.problems(), null);
        }
    }
}
