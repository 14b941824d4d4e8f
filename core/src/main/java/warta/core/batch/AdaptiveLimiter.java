package warta.core.batch;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.Optional;
import warta.core.chunk.TokenizingModel;
import warta.core.error.CancelledException;
import warta.core.error.ModelException;
import warta.core.model.ModelConfig;
import warta.core.model.ModelErrors;

/**
 * Keeps at most {@code limit} model requests in flight across a whole batch (or all the single
 * articles of an engine), and slows down when
 * the provider says it is overloaded: on a 429 the limit halves and every request waits until
 * the provider's Retry-After (or one second) has passed; a timeout halves the limit too, without
 * the wait (a server that queues what it cannot run answers late instead of with a 429: llama-server
 * with more requests than slots); after as many successes as the limit, the limit grows by one
 * again, up to the maximum (additive increase, multiplicative decrease).
 * It sits inside the retry layer, so it sees every attempt; a request waiting for its turn has
 * not been sent, so the wait does not count against its timeout. Thread-safe.
 */
public final class AdaptiveLimiter {

    private static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    private final int max;
    private int limit;
    private int inFlight;
    private int successes;
    private long pausedUntil;

    public AdaptiveLimiter(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        this.max = max;
        this.limit = max;
    }

    /** The limit now. */
    public synchronized int limit() {
        return limit;
    }

    /** A model that passes every request through this limiter. */
    public ChatModel around(ChatModel delegate, ModelConfig config) {
        final class Limited implements ChatModel, TokenizingModel {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                acquire();
                try {
                    ChatResponse response = delegate.chat(request);
                    release(Optional.empty(), false);
                    return response;
                } catch (RuntimeException e) {
                    ModelException failure = ModelErrors.of(e, config);
                    if (failure.kind() == ModelException.Kind.TIMEOUT) {
                        releaseAfterTimeout();
                    } else {
                        release(failure.retryAfter(), failure.kind() == ModelException.Kind.RATE_LIMITED);
                    }
                    throw e;
                }
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return doChat(request);
            }

            @Override
            public java.util.Set<dev.langchain4j.model.chat.Capability> supportedCapabilities() {
                return delegate.supportedCapabilities();
            }

            @Override
            public dev.langchain4j.model.chat.request.ChatRequestParameters defaultRequestParameters() {
                return delegate.defaultRequestParameters();
            }

            @Override
            public java.util.Optional<warta.core.chunk.TokenCounter> tokenCounter() {
                return TokenizingModel.of(delegate);
            }
        }
        return new Limited();
    }

    synchronized void acquire() {
        try {
            while (true) {
                long now = System.nanoTime();
                if (now - pausedUntil < 0) {
                    long waitMillis = Math.max(1, (pausedUntil - now) / 1_000_000);
                    wait(waitMillis);
                } else if (inFlight >= limit) {
                    wait();
                } else {
                    inFlight++;
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("cancelled while waiting for a turn to send a model request");
        }
    }

    /** A request timed out: the provider is overloaded; fewer in flight, but no pause. */
    synchronized void releaseAfterTimeout() {
        inFlight--;
        limit = Math.max(1, limit / 2);
        successes = 0;
        notifyAll();
    }

    synchronized void release(Optional<Duration> retryAfter, boolean rateLimited) {
        inFlight--;
        if (rateLimited) {
            limit = Math.max(1, limit / 2);
            successes = 0;
            long until = System.nanoTime() + retryAfter.orElse(DEFAULT_PAUSE).toNanos();
            if (until - pausedUntil > 0) {
                pausedUntil = until;
            }
        } else if (++successes >= limit && limit < max) {
            limit++;
            successes = 0;
        }
        notifyAll();
    }
}
