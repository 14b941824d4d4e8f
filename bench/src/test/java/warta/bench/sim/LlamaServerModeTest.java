package warta.bench.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlamaServerModeTest {

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final SimulatedModelServer server =
            SimulatedModelServer.builder().llamaServer(200, 3).start();

    @AfterEach
    void close() {
        server.close();
    }

    String root() {
        return server.baseUrl().replaceAll("/v1$", "");
    }

    JsonNode send(HttpRequest request, int status) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    JsonNode post(String url, String body) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                200);
    }

    String chat(String system, String user, int maxTokens) {
        ObjectNode body = json.createObjectNode().put("model", "simulated").put("max_tokens", maxTokens);
        body.putArray("messages")
                .add(json.createObjectNode().put("role", "system").put("content", system))
                .add(json.createObjectNode().put("role", "user").put("content", user));
        return body.toString();
    }

    @Test
    void should_tell_context_per_slot_and_slots_at_props() throws Exception {
        JsonNode props =
                send(HttpRequest.newBuilder(URI.create(root() + "/props")).build(), 200);

        assertThat(props.path("default_generation_settings").path("n_ctx").asInt())
                .isEqualTo(200);
        assertThat(props.path("total_slots").asInt()).isEqualTo(3);
        assertThat(server.contextStats().propsCalls()).isEqualTo(1);
    }

    @Test
    void should_tokenize_one_token_per_three_characters() throws Exception {
        JsonNode answer = post(root() + "/tokenize", "{\"content\":\"Pemerintah kota\"}");

        assertThat(answer.path("tokens")).hasSize(5);
        assertThat(post(root() + "/tokenize", "{\"content\":\"\"}").path("tokens"))
                .isEmpty();
        assertThat(server.contextStats().tokenizeCalls()).isEqualTo(2);
    }

    @Test
    void should_answer_a_prompt_that_fits_without_counting_anything() throws Exception {
        post(server.baseUrl() + "/chat/completions", chat("Translate.", "Halo dunia.", 100));

        ContextStats stats = server.contextStats();
        assertThat(stats.truncatedPrompts()).isZero();
        assertThat(stats.contextOverflows()).isZero();
        assertThat(stats.largestRequest()).isEqualTo(4 + 4 + 4 + 4 + 100);
    }

    @Test
    void should_count_an_answer_that_would_run_past_the_slot() throws Exception {
        post(server.baseUrl() + "/chat/completions", chat("Translate.", "Halo dunia.", 190));

        assertThat(server.contextStats().contextOverflows()).isEqualTo(1);
        assertThat(server.contextStats().truncatedPrompts()).isZero();
    }

    @Test
    void should_cut_a_long_prompt_silently_dropping_the_system_prompt() throws Exception {
        String system = "You summarize news articles for English-speaking analysts.";
        String user = "kata ".repeat(200); // 1000 characters: 334 tokens, over the slot of 200

        JsonNode answer = post(server.baseUrl() + "/chat/completions", chat(system, user, 50));

        assertThat(server.contextStats().truncatedPrompts()).isEqualTo(1);
        // the system prompt asked for a summary; with it cut off the answer is plain text, not JSON
        assertThat(answer.at("/choices/0/message/content").asText()).doesNotStartWith("{");
    }

    @Test
    void should_not_serve_props_when_not_in_llama_mode() throws Exception {
        try (SimulatedModelServer plain = SimulatedModelServer.builder().start()) {
            String root = plain.baseUrl().replaceAll("/v1$", "");
            send(HttpRequest.newBuilder(URI.create(root + "/props")).build(), 404);
        }
    }
}
