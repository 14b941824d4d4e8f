package warta.core.digest;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import warta.core.prompt.Fence;
import warta.core.prompt.PromptLibrary;

/**
 * Builds a digest's requests: a story (whole, one part of a long one, the combination of the
 * parts), the briefing, and the stricter retry of any of them. The reports are always a fenced
 * template value. Where the provider enforces a JSON schema, the request carries the answer's
 * schema. Immutable and thread-safe.
 */
final class DigestPrompts {

    private static final ResponseFormat STORY = format("digest_story", storySchema());
    private static final ResponseFormat BRIEFING = format("digest_briefing", briefingSchema());

    private final PromptLibrary prompts;
    private final boolean schema;

    DigestPrompts(PromptLibrary prompts, boolean schema) {
        this.prompts = prompts;
        this.schema = schema;
    }

    ChatRequest story(String about, String text) {
        return story(
                prompts.get("digest-story-user").render(Map.of("about", about, "text", Fence.wrap("story", text))));
    }

    ChatRequest part(String about, int part, int parts, String text) {
        return story(prompts.get("digest-story-part-user")
                .render(Map.of(
                        "about", about,
                        "part", String.valueOf(part),
                        "parts", String.valueOf(parts),
                        "text", Fence.wrap("story", text))));
    }

    ChatRequest combine(String about, List<String> partials) {
        return story(prompts.get("digest-story-combine-user")
                .render(Map.of("about", about, "partials", Fence.wrap("story", String.join("\n", partials)))));
    }

    ChatRequest briefing(String stories) {
        return request(
                prompts.get("digest-briefing-system").render(Map.of()),
                prompts.get("digest-briefing-user").render(Map.of("stories", Fence.wrap("stories", stories))),
                BRIEFING);
    }

    ChatRequest retry(ChatRequest first, String previousAnswer, String problem) {
        List<ChatMessage> messages = new ArrayList<>(first.messages());
        messages.add(
                AiMessage.from(previousAnswer == null || previousAnswer.isEmpty() ? "(no answer)" : previousAnswer));
        messages.add(UserMessage.from(prompts.get("digest-retry").render(Map.of("problem", problem))));
        return first.toBuilder().messages(messages).build();
    }

    private ChatRequest story(String user) {
        return request(prompts.get("digest-story-system").render(Map.of()), user, STORY);
    }

    private ChatRequest request(String system, String user, ResponseFormat format) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .responseFormat(schema ? format : null)
                .build();
    }

    private static ResponseFormat format(String name, JsonObjectSchema root) {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(name).rootElement(root).build())
                .build();
    }

    /** {@code [[report, sentence], ...]}. */
    private static JsonArraySchema cites() {
        return JsonArraySchema.builder()
                .items(JsonArraySchema.builder()
                        .items(JsonIntegerSchema.builder().build())
                        .build())
                .build();
    }

    private static JsonArraySchema statements() {
        return JsonArraySchema.builder()
                .items(JsonObjectSchema.builder()
                        .addProperty("text", JsonStringSchema.builder().build())
                        .addProperty("cites", cites())
                        .required("text", "cites")
                        .additionalProperties(false)
                        .build())
                .build();
    }

    private static JsonObjectSchema storySchema() {
        return JsonObjectSchema.builder()
                .addProperty("headline", JsonStringSchema.builder().build())
                .addProperty("sentences", statements())
                .addProperty("keyPoints", statements())
                .addProperty(
                        "disagreements",
                        JsonArraySchema.builder()
                                .items(JsonObjectSchema.builder()
                                        .addEnumProperty("subject", List.of("number", "date", "name"))
                                        .addProperty(
                                                "text",
                                                JsonStringSchema.builder().build())
                                        .addProperty("cites", cites())
                                        .required("subject", "text", "cites")
                                        .additionalProperties(false)
                                        .build())
                                .build())
                .required("headline", "sentences", "keyPoints", "disagreements")
                .additionalProperties(false)
                .build();
    }

    private static JsonObjectSchema briefingSchema() {
        return JsonObjectSchema.builder()
                .addProperty("overview", statements())
                .required("overview")
                .additionalProperties(false)
                .build();
    }
}
