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
import warta.core.process.PreparedArticle;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.result.ResultJson;
import warta.core.work.WorkQueue;
import warta.server.problem.ProblemMapper;

/**
 * Takes a request body to a result: reads and prepares the article through {@link Warta} before
 * any model work is queued (everything refused there is a 400, or a 413 for an article over
 * {@code warta.max-article-chars}), then runs it in the {@link WorkQueue}, answering with the
 * result document or streaming its progress as Server-Sent Events. Both refuse at once, with the
 * queue's exception, when the queue is full or closing, so that the refusal is an ordinary
 * problem response. Thread-safe.
 */
@Singleton
public class ArticleWork {

    private final Warta warta;
    private final WorkQueue queue;
    private final ProblemMapper problems;
    private final ObjectMapper mapper;

    ArticleWork(Warta warta, WorkQueue queue, ProblemMapper problems, ObjectMapper mapper) {
        this.warta = warta;
        this.queue = queue;
        this.problems = problems;
        this.mapper = mapper;
    }

    /** The result document for the article in a body of type {@code type}, when the work is done. */
    public CompletionStage<ObjectNode> run(MediaType type, String body, String id, Set<Task> tasks)
            throws JsonProcessingException {
        return submit(accept(type, body, id), tasks, ProcessListener.NONE);
    }

    /**
     * The work's events, ending with the result or the problem. The work is queued at once, so a
     * full or closing queue refuses with an ordinary problem response before any event.
     */
    public Multi<OutboundSseEvent> stream(MediaType type, String body, String id, Set<Task> tasks, Sse sse, String path)
            throws JsonProcessingException {
        Accepted accepted = accept(type, body, id);
        EventStream events = new EventStream(sse, mapper);
        CompletableFuture<ObjectNode> result = submit(accepted, tasks, events);
        events.whenGone(() -> result.cancel(true));
        result.whenComplete((document, error) -> {
            if (error == null) {
                events.result(document);
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
    private Accepted accept(MediaType type, String body, String id) throws JsonProcessingException {
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            ArticleRequest request = body == null || body.isBlank() ? null : mapper.readValue(body, ArticleRequest.class);
            if (request == null) {
                throw new InputException("the request body is empty; send {\"text\": \"...\"}, {\"html\": \"...\"}"
                        + " or {\"url\": \"...\"}");
            }
            return new Accepted(warta.prepare(request.input()), request.glossaryOverrides());
        }
        boolean html = type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE);
        Article article = warta.reader().fromString(body == null ? "" : body, Source.inline(),
                html ? Article.Format.HTML : Article.Format.TEXT);
        return new Accepted(warta.prepare(article, id), null);
    }

    private CompletableFuture<ObjectNode> submit(Accepted accepted, Set<Task> tasks, ProcessListener listener) {
        return queue.submit(() -> ResultJson.toNode(warta.process(accepted.article(), tasks, accepted.glossary(), listener)));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** An article accepted for model work, with the request's own glossary entries or null. */
    private record Accepted(PreparedArticle article, Glossary glossary) {
    }
}
