package warta.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import warta.core.Warta;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.glossary.Glossary;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.result.ArticleResult;
import warta.core.result.ResultJson;
import warta.server.problem.ProblemMapper;

/**
 * Takes a request body to a result with one call of {@link Warta#submit}: the article is read
 * and prepared there before any model work is queued (everything refused is a 400, or a 413 for
 * an article over {@code warta.max-article-chars}), then run in the engine's work queue. The answer
 * is the result document, or its progress as Server-Sent Events. A full or closing queue refuses
 * at once, with the queue's exception, so that the refusal is an ordinary problem response.
 * Thread-safe.
 */
@Singleton
public class ArticleWork {

    private final Warta warta;
    private final ProblemMapper problems;
    private final ObjectMapper mapper;

    ArticleWork(Warta warta, ProblemMapper problems, ObjectMapper mapper) {
        this.warta = warta;
        this.problems = problems;
        this.mapper = mapper;
    }

    /**
     * The result document for the article in a body of type {@code type}, when the work is done;
     * cancelling the answer (the client went away) cancels the work.
     */
    public CompletionStage<ObjectNode> run(MediaType type, String body, String id, Set<Task> tasks)
            throws JsonProcessingException {
        CompletableFuture<ArticleResult> work = submit(type, body, id, tasks, ProcessListener.NONE);
        CompletableFuture<ObjectNode> answer = work.thenApply(ResultJson::toNode);
        answer.whenComplete((document, error) -> {
            if (answer.isCancelled()) {
                work.cancel(true);
            }
        });
        return answer;
    }

    /**
     * The work's events, ending with the result or the problem. The work is queued at once, so a
     * full or closing queue refuses with an ordinary problem response before any event.
     */
    public Multi<OutboundSseEvent> stream(MediaType type, String body, String id, Set<Task> tasks, Sse sse, String path)
            throws JsonProcessingException {
        EventStream events = new EventStream(sse, mapper);
        CompletableFuture<ArticleResult> result = submit(type, body, id, tasks, events);
        events.whenGone(() -> result.cancel(true));
        result.whenComplete((document, error) -> {
            if (error == null) {
                events.result(ResultJson.toNode(document));
            } else {
                events.error(problems.toProblem(unwrap(error), path));
            }
        });
        return events.events();
    }

    /**
     * The article in a body: JSON ({@link ArticleRequest}), or the article itself as
     * {@code text/plain} or {@code text/html}, with {@code id} from the query.
     */
    private CompletableFuture<ArticleResult> submit(
            MediaType type, String body, String id, Set<Task> tasks, ProcessListener listener)
            throws JsonProcessingException {
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            ArticleRequest request =
                    body == null || body.isBlank() ? null : mapper.readValue(body, ArticleRequest.class);
            if (request == null) {
                throw new InputException("the request body is empty; send {\"text\": \"...\"}, {\"html\": \"...\"}"
                        + " or {\"url\": \"...\"}");
            }
            Glossary overrides = request.glossaryOverrides();
            return warta.submit(request.input(), overrides, tasks, listener);
        }
        boolean html = type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        Article article = warta.reader()
                .fromString(
                        body == null ? "" : body, Source.inline(), html ? Article.Format.HTML : Article.Format.TEXT);
        return warta.submit(article, id, tasks, listener);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
