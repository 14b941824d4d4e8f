package warta.core.usage;

import dev.langchain4j.model.chat.ChatModel;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import warta.core.chunk.TokenCounters;
import warta.core.error.ModelException;

/**
 * Running totals of one engine's model use, for metrics: requests answered, tokens in and out,
 * and failures by kind. Counted by wrapping a model ({@link #measure}) outside the retry layer,
 * call by call, so a request that later fails still counts the calls it made, and a failure is
 * counted once, after the retries gave up. Tokens are the provider's counts, or Warta's estimate
 * where it reports none, as in a result's {@code usage}. Thread-safe.
 */
public final class ModelStats {

    private static final String NONE = "";

    private final UsageMeter meter = new UsageMeter();
    private final Map<ModelException.Kind, AtomicLong> failures = new EnumMap<>(ModelException.Kind.class);

    public ModelStats() {
        for (ModelException.Kind kind : ModelException.Kind.values()) {
            failures.put(kind, new AtomicLong());
        }
    }

    /** {@code model}, counted here. */
    public ChatModel measure(ChatModel model) {
        return new MeteredChatModel(
                model, meter, TokenCounters.o200k(), kind -> failures.get(kind).incrementAndGet());
    }

    /** Requests the model answered. */
    public long requests() {
        return meter.requests();
    }

    public long inputTokens() {
        return meter.usage(NONE, NONE, NONE).inputTokens();
    }

    /** Of {@link #inputTokens()}, those the model served from its prompt cache (0 where it does not say). */
    public long cachedInputTokens() {
        return meter.usage(NONE, NONE, NONE).cachedInputTokens();
    }

    public long outputTokens() {
        return meter.usage(NONE, NONE, NONE).outputTokens();
    }

    /** Calls that failed with {@code kind}, after the retries. */
    public long failures(ModelException.Kind kind) {
        return failures.get(kind).get();
    }
}
