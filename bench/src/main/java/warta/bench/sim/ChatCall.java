package warta.bench.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of an OpenAI chat-completions request the simulator reads. Message content may be a
 * string or an array of parts ({@code [{"type":"text","text":...}]}); other parts are ignored.
 *
 * @param model          the model asked for, echoed in the answer
 * @param messages       the messages in order
 * @param responseFormat whether {@code response_format} was given
 */
record ChatCall(String model, List<Message> messages, boolean responseFormat) {

    /** One chat message: its role and its text. */
    record Message(String role, String content) {}

    /** @throws IllegalArgumentException naming what is missing when {@code body} is not a chat request */
    static ChatCall from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the request body must be a JSON object");
        }
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw new IllegalArgumentException("'messages' must be a non-empty array");
        }
        List<Message> list = new ArrayList<>();
        for (JsonNode message : messages) {
            list.add(new Message(message.path("role").asText(""), text(message.path("content"))));
        }
        String model = body.path("model").asText("");
        return new ChatCall(
                model.isBlank() ? SimulatedModelServer.MODEL : model, List.copyOf(list), hasResponseFormat(body));
    }

    /** The system messages' text, joined. */
    String system() {
        return String.join(
                "\n",
                messages.stream()
                        .filter(m -> m.role().equals("system"))
                        .map(Message::content)
                        .toList());
    }

    /** The first user message holding {@code marker}, if any. */
    Optional<String> firstUserWith(String marker) {
        return messages.stream()
                .filter(m -> m.role().equals("user") && m.content().contains(marker))
                .map(Message::content)
                .findFirst();
    }

    /** The last user message's text, or "" when there is none. */
    String lastUser() {
        return messages.stream()
                .filter(m -> m.role().equals("user"))
                .map(Message::content)
                .reduce((first, second) -> second)
                .orElse("");
    }

    /** Whether this asks for a summary: the system prompt says so, a response format is set, or JSON is asked for. */
    boolean wantsSummary() {
        return responseFormat
                || system().toLowerCase(Locale.ROOT).contains("summarize")
                || lastUser().contains("JSON");
    }

    /** All message text, for the prompt token count. */
    String allText() {
        return String.join("\n", messages.stream().map(Message::content).toList());
    }

    /** A {@code response_format} other than plain text: JSON mode or a JSON schema. */
    private static boolean hasResponseFormat(JsonNode body) {
        JsonNode format = body.path("response_format");
        return format.isObject() && !format.path("type").asText("").equals("text");
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.path("text").asText());
            }
        }
        return text.toString();
    }
}
