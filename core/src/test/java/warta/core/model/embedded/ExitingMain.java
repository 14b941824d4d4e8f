package warta.core.model.embedded;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link LlamaChatModelTest}: loads the model named by its first argument,
 * answers once, closes, prints one line and returns from {@code main} without {@code System.exit}.
 */
public final class ExitingMain {

    private ExitingMain() {}

    public static void main(String[] args) {
        try (LlamaChatModel model = LlamaChatModel.open(Path.of(args[0]), TinyGguf.settings(Path.of(args[1])))) {
            String text = model.chat(ChatRequest.builder()
                            .messages(UserMessage.from("Halo"))
                            .build())
                    .aiMessage()
                    .text();
            System.out.println("answered " + text.length() + " chars");
        }
    }
}
