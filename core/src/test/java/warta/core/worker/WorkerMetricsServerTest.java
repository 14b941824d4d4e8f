package warta.core.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import warta.core.error.WartaException;

class WorkerMetricsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_serve_the_stats_as_they_are_now_at_metrics_on_loopback() throws Exception {
        WorkerStats stats = new WorkerStats();
        try (WorkerMetricsServer server = WorkerMetricsServer.start(new MetricsAddress("127.0.0.1", 0), stats)) {
            stats.addConsumed(3);

            HttpResponse<String> response = send("GET", server.url());

            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/metrics");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains(WorkerMetricsServer.CONTENT_TYPE);
            assertThat(response.body()).isEqualTo(WorkerMetrics.prometheus(stats));
            assertThat(response.body()).contains("\nwarta_worker_records_consumed_total 3\n");
        }
    }

    @Test
    void should_answer_404_elsewhere_and_405_to_other_methods() throws Exception {
        try (WorkerMetricsServer server =
                WorkerMetricsServer.start(new MetricsAddress("127.0.0.1", 0), new WorkerStats())) {
            String base = "http://127.0.0.1:" + server.port();

            assertThat(send("GET", base + "/").statusCode()).isEqualTo(404);
            assertThat(send("GET", base + "/metricsx").statusCode()).isEqualTo(404);
            assertThat(send("POST", base + "/metrics").statusCode()).isEqualTo(405);
            assertThat(send("HEAD", base + "/metrics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_say_in_one_line_when_the_port_is_taken() {
        try (WorkerMetricsServer first =
                WorkerMetricsServer.start(new MetricsAddress("127.0.0.1", 0), new WorkerStats())) {
            MetricsAddress taken = new MetricsAddress("127.0.0.1", first.port());

            assertThatThrownBy(() -> WorkerMetricsServer.start(taken, new WorkerStats()))
                    .isInstanceOf(WartaException.class)
                    .hasMessageStartingWith("cannot serve metrics on 127.0.0.1:" + first.port() + ": ")
                    .hasMessageNotContaining("Exception");
        }
    }
}
