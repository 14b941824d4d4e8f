package warta.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import warta.core.digest.DigestListener;
import warta.core.digest.DigestProgress;
import warta.core.error.WartaException;
import warta.core.process.ProcessListener;
import warta.core.process.Stage;
import warta.server.problem.Problem;

/**
 * One article's Server-Sent Events: {@code progress} for each stage and each translated chunk,
 * {@code paragraph} for each paragraph whose translation is complete, and last either
 * {@code result} (the result document) or {@code error} (a problem); then the stream is closed.
 * A digest's are {@code progress} (core's {@link DigestProgress}), then {@code digest} or {@code error}.
 * Every event's data is one line of JSON. Events are kept in the order they are sent, whatever
 * thread sends them (the chunks of an article are translated concurrently), and buffered until
 * Quarkus subscribes to {@link #events()}, so work may start (and even finish) before the response
 * is written. When the client goes away, {@link #whenGone} runs once, so that the work can be
 * cancelled. Thread-safe.
 */
final class EventStream implements ProcessListener, DigestListener {

    private final Sse sse;
    private final ObjectMapper mapper;
    private final CompletableFuture<Void> gone = new CompletableFuture<>();
    private final UnicastProcessor<OutboundSseEvent> events = UnicastProcessor.create();
    private boolean finished;

    EventStream(Sse sse, ObjectMapper mapper) {
        this.sse = sse;
        this.mapper = mapper;
    }

    /** The events, for the resource method to return. */
    Multi<OutboundSseEvent> events() {
        return events.onCancellation().invoke(() -> gone.complete(null));
    }

    /** Runs {@code action} once the client has disconnected. */
    void whenGone(Runnable action) {
        gone.thenRun(action);
    }

    @Override
    public void stage(Stage stage) {
        send("progress", Map.of("stage", stage.id()));
    }

    @Override
    public void chunkFinished(int index, int total) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stage", "translate");
        data.put("chunk", index);
        data.put("chunks", total);
        send("progress", data);
    }

    @Override
    public void paragraphTranslated(int index, String english) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("index", index);
        data.put("text", english);
        send("paragraph", data);
    }

    @Override
    public void progress(DigestProgress progress) {
        send("progress", progress);
    }

    /** Sends the digest (its JSON, as {@code DigestWriter} renders it) and closes the stream. */
    void digest(Object document) {
        finish("digest", document);
    }

    /** Sends the result document and closes the stream. */
    void result(Object document) {
        finish("result", document);
    }

    /** Sends the problem and closes the stream. */
    void error(Problem problem) {
        finish("error", problem);
    }

    private synchronized void finish(String name, Object data) {
        send(name, data);
        finished = true;
        events.onComplete();
    }

    private synchronized void send(String name, Object data) {
        if (finished || gone.isDone()) {
            return;
        }
        events.onNext(sse.newEventBuilder().name(name).data(json(data)).build());
    }

    private String json(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new WartaException("cannot write a " + data.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
