package warta.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.server.testing.LogCapture;
import warta.server.testing.RawHttp;
import warta.server.testing.RawHttp.Answer;

/**
 * Requests that are wrong at the HTTP level, sent as raw bytes: each is answered with a problem
 * whose detail a person can act on, and none is logged as a warning or an error.
 */
@QuarkusTest
class HttpErrorsTest {

    private static final byte[] NO_BODY = new byte[0];
    private static final ObjectMapper JSON = new ObjectMapper();

    private LogCapture log;

    @BeforeEach
    void listen() {
        log = LogCapture.open();
    }

    @AfterEach
    void quiet() throws InterruptedException {
        Thread.sleep(300); // what the server logs about a request may come just after its answer
        log.close();
        assertThat(log.warnings()).as("warnings and errors logged").isEmpty();
    }

    @Test
    void should_answer_a_request_line_over_the_limit_with_a_414_problem() {
        Answer answer =
                RawHttp.send("GET /v1/inspect?q=" + "a".repeat(5000) + " HTTP/1.1\nHost: localhost\n\n", NO_BODY);

        JsonNode problem = problem(answer, 414);
        assertThat(problem.path("detail").asText())
                .matches("the request line \\(method, URL and version\\) has 5027 characters; at most 4096 are"
                        + " taken \\(quarkus.http.limits.max-initial-line-length\\)");
        assertThat(problem.has("instance"))
                .as("the overlong path is not repeated")
                .isFalse();
    }

    @Test
    void should_answer_headers_over_the_limit_with_a_431_problem() {
        StringBuilder head = new StringBuilder("GET /v1/inspect HTTP/1.1\nHost: localhost\n");
        for (int i = 0; i < 25; i++) {
            head.append("X-Filler-")
                    .append(i)
                    .append(": ")
                    .append("v".repeat(1000))
                    .append('\n');
        }

        Answer answer = RawHttp.send(head.append('\n').toString(), NO_BODY);

        assertThat(problem(answer, 431).path("detail").asText())
                .contains("the request's headers have")
                .endsWith("at most 20480 are taken (quarkus.http.limits.max-header-size)");
    }

    @Test
    void should_answer_a_request_without_host_with_a_400_problem() {
        Answer answer = RawHttp.send("GET /v1/inspect HTTP/1.1\n\n", NO_BODY);

        assertThat(problem(answer, 400).path("detail").asText())
                .isEqualTo("the request has no valid Host header, which HTTP/1.1 requires");
    }

    @Test
    void should_answer_a_path_the_router_cannot_take_with_a_404_problem() {
        Answer answer = RawHttp.send("GET v1/inspect HTTP/1.1\nHost: localhost\n\n", NO_BODY);

        assertThat(problem(answer, 404).path("detail").asText()).isEqualTo("there is nothing at this path");
    }

    @Test
    void should_answer_a_broken_chunk_with_a_400_problem() {
        Answer answer = RawHttp.send(
                "POST /v1/inspect HTTP/1.1\nHost: localhost\nContent-Type: text/plain\nTransfer-Encoding: chunked\n\n",
                "zz\r\nBanjir di Cipinang.\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(problem(answer, 400).path("detail").asText())
                .startsWith("the request's chunked body is malformed: ");
    }

    @Test
    void should_answer_a_chunked_body_over_the_limit_with_a_413_problem() {
        byte[] body = "Banjir di Cipinang. ".repeat(4000).getBytes(StandardCharsets.US_ASCII);

        Answer answer = RawHttp.send(
                "POST /v1/inspect HTTP/1.1\nHost: localhost\nContent-Type: text/plain\nTransfer-Encoding: chunked\n\n",
                RawHttp.chunked(body, 8192));

        assertThat(problem(answer, 413).path("detail").asText())
                .isEqualTo("the request body is over the limit of 65536 bytes");
        assertThat(answer.header("Connection")).isEqualTo("close");
    }

    @Test
    void should_read_a_chunked_body_within_the_limit() {
        Answer answer = RawHttp.send(
                "POST /v1/inspect HTTP/1.1\nHost: localhost\nContent-Type: text/plain\nTransfer-Encoding: chunked\n"
                        + "Connection: close\n\n",
                RawHttp.chunked("Banjir merendam 120 rumah di Cipinang.".getBytes(StandardCharsets.UTF_8), 7));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"sentences\":[\"Banjir merendam 120 rumah di Cipinang.\"]");
    }

    @Test
    void should_answer_json_nested_too_deep_without_naming_jacksons_classes() {
        byte[] body = ("{\"text\": \"Banjir di Cipinang.\", \"extra\": " + "[".repeat(2000) + "}")
                .getBytes(StandardCharsets.US_ASCII);

        Answer answer = RawHttp.send(
                "POST /v1/inspect HTTP/1.1\nHost: localhost\nContent-Type: application/json\nContent-Length: "
                        + body.length + "\nConnection: close\n\n",
                body);

        assertThat(problem(answer, 400).path("detail").asText())
                .startsWith("the JSON of the request body goes over a limit: Document nesting depth (1001) exceeds"
                        + " the maximum allowed (1000)")
                .doesNotContain("StreamReadConstraints", "`", "com.fasterxml");
    }

    private static JsonNode problem(Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo(Problem.MEDIA_TYPE);
        try {
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("type").asText()).isEqualTo("about:blank");
            return problem;
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }
}
