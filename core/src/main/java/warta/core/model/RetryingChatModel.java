package warta.core.model;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.chunk.TokenCounter;
import warta.core.chunk.TokenizingModel;
import warta.core.error.CancelledException;
import warta.core.error.ModelException;

/**
 * The one retry layer over a chat model. Every failure of the delegate becomes a
 * {@link ModelException}; a retriable one is retried up to {@link RetryPolicy#maxRetries()}
 * times with the policy's waits, anything else is thrown at once. A rate limit (429) is not
 * counted among those retries: it is the provider asking us to wait, so its {@code Retry-After}
 * (or the backoff, when it names none) is waited out and the request sent again, for as long as
 * the article's time budget lasts. No wait is begun that would end after the budget
 * ({@link Deadline#current()}, set per article; without one, the configuration's
 * {@link ModelConfig#articleTimeBudget()} from the request's first attempt). The model built by
 * {@link ChatModels} does not retry by itself, so a request is sent at most
 * {@code 1 + maxRetries} times plus once per rate limit waited out.
 *
 * <p>A provider that cannot be reached before it has ever answered fails at once: nothing is
 * listening there, and waiting would only delay the message that says so. Once it has answered,
 * an unreachable provider is retried like any passing fault (a server restarting mid-run).
 *
 * <p>Every {@code chat(...)} variant goes through {@link #chat(ChatRequest, ChatRequestOptions)},
 * which hands the request to the delegate unchanged: the delegate merges its
 * {@link #defaultRequestParameters()} and notifies its listeners on each attempt. The default
 * parameters, listeners, provider and capabilities reported are the delegate's. Thread-safe if
 * the delegate and the policy's sleeper and random source are.
 */
public final class RetryingChatModel implements ChatModel, TokenizingModel {

    private static final Logger log = LoggerFactory.getLogger(RetryingChatModel.class);

    private final ChatModel delegate;
    private final ModelConfig config;
    private final RetryPolicy policy;
    private final AtomicBoolean answered = new AtomicBoolean();

    /**
     * @param delegate the model to call
     * @param config   the configuration the delegate was built from; its URL, model and provider
     *                 go into error messages, its API key is cut out of them
     * @param policy   how often and how long to wait
     */
    public RetryingChatModel(ChatModel delegate, ModelConfig config, RetryPolicy policy) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.config = Objects.requireNonNull(config, "config");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** @throws ModelException when the call failed for good */
    @Override
    public ChatResponse chat(ChatRequest chatRequest, ChatRequestOptions options) {
        return withRetries(() -> delegate.chat(chatRequest, options));
    }

    /** @throws ModelException when the call failed for good */
    @Override
    public ChatResponse doChat(ChatRequest chatRequest) {
        return withRetries(() -> delegate.doChat(chatRequest));
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return delegate.listeners();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    /** The model this one retries. */
    public ChatModel delegate() {
        return delegate;
    }

    private ChatResponse withRetries(Supplier<ChatResponse> call) {
        Tries tries = new Tries(Deadline.current()
                .orElseGet(() -> Deadline.after(config.articleTimeBudget(), policy.sleeper()::nanoTime)));
        while (true) {
            ModelException failure;
            try {
                ChatResponse response = call.get();
                answered.set(true);
                return response;
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted() || interrupted(e)) {
                    // cancelled by the caller (a request timeout, a client gone, a shutdown): not a
                    // provider failure, so neither retried nor counted as one
                    throw new CancelledException("the model request was cancelled: " + e.getMessage());
                }
                failure = ModelErrors.classify(e, config);
            }
            if (!failure.retriable() || Thread.currentThread().isInterrupted() || neverReached(failure)) {
                throw failure;
            }
            sleep(tries.next(failure), failure);
        }
    }

    /** Whether {@code error} is an interruption of the calling thread, wrapped by the client. */
    private static boolean interrupted(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException
                    || t instanceof java.io.InterruptedIOException && !(t instanceof java.net.SocketTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private boolean neverReached(ModelException failure) {
        return failure.kind() == ModelException.Kind.UNREACHABLE && !answered.get();
    }

    private void sleep(Duration wait, ModelException failure) {
        try {
            policy.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /** The tries of one request so far, and the deadline they are kept within. */
    private final class Tries {

        private final Deadline deadline;
        private int attempts = 1;
        private int failures;
        private int rateLimits;

        Tries(Deadline deadline) {
            this.deadline = deadline;
        }

        /**
         * How long to wait before the next attempt after {@code failure}. A rate limit is the
         * provider asking us to wait, not a failure: it is waited out within the time budget and
         * does not use up a retry.
         *
         * @throws ModelException when there is to be no next attempt
         */
        Duration next(ModelException failure) {
            boolean rateLimited = failure.kind() == ModelException.Kind.RATE_LIMITED;
            if (!rateLimited && failures >= policy.maxRetries()) {
                throw gaveUp(failure, attempts, "");
            }
            Duration wait = policy.delay(rateLimited ? rateLimits++ : failures++, failure.retryAfter());
            if (wait.compareTo(deadline.left(policy.sleeper().nanoTime())) > 0) {
                throw gaveUp(
                        failure,
                        attempts,
                        ": the next would begin after the article's time budget of "
                                + Durations.words(deadline.budget()) + " (article-time-budget)");
            }
            attempts++;
            log.warn(
                    "{}; attempt {} in {} ms ({} of {} retries used, {} rate limits waited out)",
                    failure.getMessage(),
                    attempts,
                    wait.toMillis(),
                    failures,
                    policy.maxRetries(),
                    rateLimits);
            return wait;
        }
    }

    private static ModelException gaveUp(ModelException failure, int attempts, String why) {
        if (attempts == 1 && why.isEmpty()) {
            return failure;
        }
        String after = attempts == 1 ? "1 attempt" : attempts + " attempts";
        return new ModelException(
                failure.kind(),
                names -> failure.message(names) + " (gave up after " + after + why + ")",
                failure.getCause(),
                failure.retryAfter().orElse(null));
    }

    @Override
    public Optional<TokenCounter> tokenCounter() {
        return TokenizingModel.of(delegate);
    }
}
