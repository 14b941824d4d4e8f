package warta.server.api;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.concurrent.CountDownLatch;
import warta.core.testing.FakeModel;
import warta.server.testing.TestModel;

/** A model for tests that holds every request until {@link #open} (or an interrupt), then answers faithfully. */
final class Gate {

    private final CountDownLatch open = new CountDownLatch(1);

    FakeModel model() {
        return FakeModel.answering(this::answer);
    }

    void open() {
        open.countDown();
    }

    private String answer(ChatRequest request) {
        try {
            open.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held at the gate", e);
        }
        return TestModel.faithful(request);
    }
}
