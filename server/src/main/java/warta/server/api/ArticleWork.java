package warta.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Singleton;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.result.ResultJson;
import warta.server.problem.ProblemMapper;

/**
 * Runs a {@link Job} through the {@link WorkQueue}, answering with the result document, or
 * streaming its progress as Server-Sent Events. Both refuse at once, with the queue's exception,
 * when the queue is full or closing, so that the refusal is an ordinary problem response.
 */
@Singleton
public class ArticleWork {

    private final WorkQueue queue;
    private final Processors processors;
    private final ProblemMapper problems;
    private final ObjectMapper mapper;

    ArticleWork(WorkQueue queue, Processors processors, ProblemMapper problems, ObjectMapper mapper) {
        this.queue = queue;
        this.processors = processors;
        this.problems = problems;
        this.mapper = mapper;
    }

    /** The result document, when the work is done. */
    public CompletionStage<ObjectNode> run(Job job, Set<Task> tasks) {
        return submit(job, tasks, ProcessListener.NONE);
    }

    /**
     * The work's events, ending with the result or the problem. The work is queued at once, so a
     * full or closing queue refuses with an ordinary problem response before any event.
     */
    public Multi<OutboundSseEvent> stream(Job job, Set<Task> tasks, Sse sse, String path) {
        EventStream events = new EventStream(sse, mapper);
        CompletableFuture<ObjectNode> result = submit(job, tasks, events);
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

    private CompletableFuture<ObjectNode> submit(Job job, Set<Task> tasks, ProcessListener listener) {
        ArticleProcessor processor = processors.with(job.glossary());
        return queue.submit(() -> ResultJson.toNode(processor.process(job.id(), job.article(), tasks, listener)));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
