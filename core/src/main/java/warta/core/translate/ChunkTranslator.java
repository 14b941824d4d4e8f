package warta.core.translate;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import warta.core.check.Finding;
import warta.core.check.OmittedCheck;
import warta.core.check.UntranslatedCheck;
import warta.core.error.ModelException;

/**
 * Translates one chunk: one request, the answer cleaned of what models add and parsed into
 * numbered paragraphs, then checked (paragraph count, text left in Indonesian, sentences with no
 * counterpart). A chunk that fails is retried once with a stricter prompt that says what was
 * wrong; of the two answers the better one is kept, and what still fails is left for the
 * article's checks to report. Thread-safe.
 */
final class ChunkTranslator {

    private static final int MAX_LISTED = 3;

    private final ChatModel model;
    private final TranslationPrompts prompts;
    private final UntranslatedCheck untranslated = new UntranslatedCheck();
    private final OmittedCheck omitted = new OmittedCheck();

    ChunkTranslator(ChatModel model, TranslationPrompts prompts) {
        this.model = model;
        this.prompts = prompts;
    }

    /**
     * The English of a chunk and its last exchange with the model.
     *
     * @param english the English of each segment, in order ("" where the model gave none)
     * @param messages the last request's messages and the model's answer to it; null for a chunk
     *     translated in parts (cut in two to fit the context), which has no one conversation
     */
    record Outcome(List<String> english, List<ChatMessage> messages) {}

    /**
     * Translates a chunk; {@code renderings} are the renderings already chosen for the chunk's
     * terms, one "term = English" a line.
     */
    Outcome translate(List<Segment> segments, String context, String language, List<String> renderings) {
        ChatRequest first = prompts.first(segments, context, language, renderings);
        Attempt attempt = attempt(first, segments);
        if (attempt.problem() == null) {
            return new Outcome(attempt.paragraphs(), exchange(first, attempt));
        }
        ChatRequest retry = prompts.retry(first, attempt.answer(), attempt.problem(), segments.size());
        Attempt second;
        try {
            second = attempt(retry, segments);
        } catch (ModelException e) {
            if (e.kind() != ModelException.Kind.CONTEXT_LENGTH) {
                throw e;
            }
            // the retry, longer by the first answer, does not fit the context: the first answer stands
            return new Outcome(attempt.paragraphs(), exchange(first, attempt));
        }
        // the conversation handed on is the one whose answer is kept
        return second.score() <= attempt.score()
                ? new Outcome(second.paragraphs(), exchange(retry, second))
                : new Outcome(attempt.paragraphs(), exchange(first, attempt));
    }

    private static List<ChatMessage> exchange(ChatRequest request, Attempt attempt) {
        List<ChatMessage> messages = new ArrayList<>(request.messages());
        messages.add(AiMessage.from(attempt.answer()));
        return messages;
    }

    private Attempt attempt(ChatRequest request, List<Segment> segments) {
        ChatResponse response = model.chat(request);
        String answer = response.aiMessage() == null || response.aiMessage().text() == null
                ? ""
                : response.aiMessage().text();
        List<String> sources = segments.stream().map(Segment::text).toList();
        String cleaned = ModelOutput.clean(answer, NumberedText.format(sources));
        NumberedText.Parsed parsed = NumberedText.parse(cleaned, segments.size());
        List<String> problems = new ArrayList<>();
        if (!parsed.ok()) {
            problems.add(parsed.problem());
        }
        List<Finding> left = untranslated.check(parsed.paragraphs());
        if (!left.isEmpty()) {
            problems.add("these sentences were left in Indonesian: " + quoted(left));
        }
        List<Finding> missing = omitted.check(sources, parsed.paragraphs());
        if (!missing.isEmpty()) {
            problems.add("these source sentences have no translation: " + quoted(missing));
        }
        String problem = problems.isEmpty() ? null : String.join("; ", problems);
        return new Attempt(answer, parsed.paragraphs(), problem, parsed.missing() * 10 + left.size() + missing.size());
    }

    private static String quoted(List<Finding> findings) {
        String listed = findings.stream()
                .limit(MAX_LISTED)
                .map(f -> "\"" + f.text() + "\"")
                .collect(Collectors.joining(", "));
        return findings.size() > MAX_LISTED ? listed + " and " + (findings.size() - MAX_LISTED) + " more" : listed;
    }

    /** One request's outcome; a lower score is better. */
    private record Attempt(String answer, List<String> paragraphs, String problem, long score) {}
}
