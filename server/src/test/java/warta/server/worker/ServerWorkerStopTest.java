package warta.server.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import warta.core.Warta;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.worker.WorkerSettings;

class ServerWorkerStopTest {

    @Test
    void should_stop_at_once_when_the_worker_never_started() throws Exception {
        Warta warta = Warta.builder(ModelConfig.builder()
                        .provider(Provider.OPENAI)
                        .model("fake")
                        .baseUrl("http://127.0.0.1:1/v1")
                        .build())
                .build();
        // a server whose start-up failed after the worker was made: nothing ever runs it
        ServerWorker server = new ServerWorker(Optional.of(warta.worker(WorkerSettings.builder("127.0.0.1:1")
                .grace(Duration.ofSeconds(30))
                .build())));

        long start = System.nanoTime();
        server.stop(null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
