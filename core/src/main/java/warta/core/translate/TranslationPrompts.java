package warta.core.translate;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import warta.core.glossary.Glossary;
import warta.core.prompt.Fence;
import warta.core.prompt.PromptLibrary;
import warta.core.prompt.PromptTemplate;

/**
 * Builds the requests for translating one chunk: the system prompt, then the chunk's numbered
 * segments fenced as article text, with the glossary entries that occur in the chunk, the
 * renderings already chosen for the chunk's terms ({@link TermMemory}) and a little preceding
 * source text as context. The article text is always a template value.
 */
final class TranslationPrompts {

    private final PromptLibrary prompts;
    private final Glossary glossary;

    TranslationPrompts(PromptLibrary prompts, Glossary glossary) {
        this.prompts = prompts;
        this.glossary = glossary;
    }

    /** The first request for a chunk; {@code language} is the English name of the article's language. */
    ChatRequest first(List<Segment> segments, String context, String language) {
        return first(segments, context, language, List.of());
    }

    /**
     * The first request for a chunk, with the renderings already chosen for the terms in it
     * ({@code "Kementerian Luar Negeri = Foreign Ministry"}, one a line); a user's template
     * written before {@code {{terms}}} existed gets them after its glossary entries.
     */
    ChatRequest first(List<Segment> segments, String context, String language, List<String> renderings) {
        List<String> texts = segments.stream().map(Segment::text).toList();
        String source = NumberedText.format(texts);
        PromptTemplate template = prompts.get("translate-user");
        boolean ownSection = template.placeholders().contains("terms");
        Map<String, String> values = new HashMap<>();
        values.put("glossary", glossaryLines(String.join("\n", texts), ownSection ? List.of() : renderings));
        values.put(
                "context",
                context.isBlank() ? "(none: this is the start of the article)" : Fence.wrap("context", context));
        values.put("count", String.valueOf(segments.size()));
        values.put("source", Fence.wrap("article", source));
        if (ownSection) {
            values.put("terms", renderings.isEmpty() ? "(none)" : String.join("\n", renderings));
        }
        return ChatRequest.builder()
                .messages(SystemMessage.from(system(language)), UserMessage.from(template.render(values)))
                .build();
    }

    /** The system prompt; a user's own copy written before {@code {{language}}} existed may lack it. */
    private String system(String language) {
        PromptTemplate template = prompts.get("translate-system");
        return template.placeholders().contains("language")
                ? template.render(Map.of("language", language))
                : template.render(Map.of());
    }

    /** The stricter second attempt: the first exchange, then what was wrong with the answer. */
    ChatRequest retry(ChatRequest first, String previousAnswer, String problem, int count) {
        List<ChatMessage> messages = new ArrayList<>(first.messages());
        messages.add(AiMessage.from(previousAnswer == null ? "" : previousAnswer));
        messages.add(UserMessage.from(
                prompts.get("translate-retry").render(Map.of("problem", problem, "count", String.valueOf(count)))));
        return first.toBuilder().messages(messages).build();
    }

    private String glossaryLines(String text, List<String> renderings) {
        List<String> lines = new ArrayList<>();
        glossary.entriesIn(text).forEach(e -> lines.add(e.term() + " = " + e.rendering()));
        lines.addAll(renderings);
        return lines.isEmpty() ? "(no glossary terms in this part)" : String.join("\n", lines);
    }
}
