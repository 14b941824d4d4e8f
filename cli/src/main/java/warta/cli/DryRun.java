package warta.cli;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import warta.core.error.WartaException;
import warta.core.article.Article;
import warta.core.model.ModelConfig;
import warta.core.process.ArticleProcessor;
import warta.core.process.PlannedRequest;
import warta.core.process.Task;
import warta.core.read.ArticleReader;
import warta.core.usage.Messages;

/**
 * {@code --dry-run}: prints, for each input, the requests a run would send first, message by
 * message, with token estimates. Nothing is sent; no model is made.
 */
final class DryRun {

    /** Stands in for the model in a dry run; planning never calls it. */
    static final ChatModel NO_MODEL = new ChatModel() {
        @Override
        public dev.langchain4j.model.chat.response.ChatResponse doChat(ChatRequest request) {
            throw new IllegalStateException("a dry run sends no request");
        }
    };

    private final PrintWriter out;
    private final ArticleProcessor processor;
    private final ModelConfig config;
    private final Set<Task> tasks;

    DryRun(PrintWriter out, ArticleProcessor processor, ModelConfig config, Set<Task> tasks) {
        this.out = out;
        this.processor = processor;
        this.config = config;
        this.tasks = tasks;
    }

    int run(List<String> inputs, ArticleReader reader, BiFunction<ArticleReader, String, Article> read,
            Consumer<WartaException> fail) {
        int failures = 0;
        for (String input : inputs) {
            try {
                print(input, processor.plan(read.apply(reader, input), tasks));
            } catch (WartaException e) {
                failures++;
                fail.accept(e);
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void print(String input, List<PlannedRequest> planned) {
        int tokens = planned.stream().mapToInt(PlannedRequest::inputTokens).sum();
        out.printf("== %s: %d request(s) to %s %s%s, about %d input tokens%n", input, planned.size(),
                config.provider().id(), config.model(), config.baseUrl() == null ? " (in-process)" : " at " + config.baseUrl(),
                tokens);
        for (PlannedRequest p : planned) {
            out.printf("%n--- %s (about %d tokens%s)%n", p.purpose(), p.inputTokens(),
                    p.request().responseFormat() != null ? ", JSON schema response format" : "");
            for (ChatMessage message : p.request().messages()) {
                out.println("[" + Messages.role(message) + "]");
                out.println(Messages.text(message));
            }
        }
        out.println();
        out.flush();
    }
}
