package warta.core.model;

import dev.langchain4j.model.chat.ChatModel;
import java.util.function.UnaryOperator;

/**
 * Makes the chat model for a configuration: the seam where front ends' tests put a fake model.
 * The model it makes must have Warta's one retry layer outermost and {@code inner} around the
 * provider's client inside it, so that what {@code inner} adds (a batch's rate limiter) sees
 * every attempt.
 */
@FunctionalInterface
public interface ModelFactory {

    /**
     * @param inner wrapped around the provider's client, inside the retry layer
     * @param files where an embedded model's file is found
     */
    ChatModel create(ModelConfig config, UnaryOperator<ChatModel> inner, ModelFiles files);

    /** The real providers ({@link ChatModels}), retried with {@link RetryPolicy#from(ModelConfig)}. */
    static ModelFactory standard() {
        return (config, inner, files) -> ChatModels.create(config, RetryPolicy.from(config), inner, files);
    }
}
