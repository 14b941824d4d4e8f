package warta.core.usage;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.Locale;

/** The text and role of chat messages, for token estimates and dry runs. Stateless. */
public final class Messages {

    private Messages() {}

    /** The message's text; "" for a message with none (a tool call, an image). */
    public static String text(ChatMessage message) {
        return switch (message) {
            case SystemMessage s -> s.text();
            case UserMessage u -> u.hasSingleText() ? u.singleText() : "";
            case AiMessage a -> a.text() == null ? "" : a.text();
            default -> "";
        };
    }

    /** "system", "user", "assistant", or the message type in lower case. */
    public static String role(ChatMessage message) {
        return switch (message) {
            case SystemMessage s -> "system";
            case UserMessage u -> "user";
            case AiMessage a -> "assistant";
            default -> message.type().toString().toLowerCase(Locale.ROOT);
        };
    }
}
