package warta.core.chunk;

import dev.langchain4j.model.chat.ChatModel;
import java.util.Optional;

/**
 * A chat model that can count text in its own tokens: the in-process model, which tokenizes with
 * the model's vocabulary. Budgets counted so are exact instead of estimates (see
 * {@code ArticleProcessor}). Warta's wrappers forward it, so the counter is found through them.
 */
public interface TokenizingModel {

    /** The model's own counter; empty when the model behind this one has none. */
    Optional<TokenCounter> tokenCounter();

    /** The own counter of {@code model}, through the wrappers that forward it; empty for a model without one. */
    static Optional<TokenCounter> of(ChatModel model) {
        return model instanceof TokenizingModel tokenizing ? tokenizing.tokenCounter() : Optional.empty();
    }
}
