package warta.core.process;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import warta.core.model.ModelConfig;
import warta.core.usage.Messages;

/**
 * The requests a run would send ({@code --dry-run}), message by message, for people to read; the
 * header says how many of the input tokens a prompt cache is expected to serve, 0 where none is
 * expected or the provider does not say ({@code PrefixCache}).
 */
public final class PlanText {

    private PlanText() {}

    /** The plan for {@code label}, ending with a blank line. */
    public static String render(String label, List<PlannedRequest> planned, ModelConfig config) {
        int tokens = planned.stream().mapToInt(PlannedRequest::inputTokens).sum();
        int cached = planned.stream().mapToInt(PlannedRequest::cachedTokens).sum();
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "== %s: %d request(s) to %s %s%s, about %d input tokens%s%n",
                label,
                planned.size(),
                config.provider().id(),
                config.model(),
                config.baseUrl() == null ? " (in-process)" : " at " + config.baseUrl(),
                tokens,
                cached > 0
                        ? " (about " + cached + " of them from the model's prompt cache)"
                        : " (0 of them from a prompt cache: none is expected, or the provider does not say)"));
        for (PlannedRequest p : planned) {
            out.append(String.format(
                    "%n--- %s (about %d tokens%s%s)%n",
                    p.purpose(),
                    p.inputTokens(),
                    p.cachedTokens() > 0 ? ", about " + p.cachedTokens() + " from the prompt cache" : "",
                    p.request().responseFormat() != null ? ", JSON schema response format" : ""));
            for (ChatMessage message : p.request().messages()) {
                out.append('[').append(Messages.role(message)).append("]\n");
                out.append(Messages.text(message)).append('\n');
            }
        }
        return out.append('\n').toString();
    }
}
