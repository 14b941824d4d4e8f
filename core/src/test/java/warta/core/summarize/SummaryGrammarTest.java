package warta.core.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.chunk.TokenCounters;
import warta.core.model.embedded.EmbeddedSettings;
import warta.core.model.embedded.LlamaChatModel;
import warta.core.model.embedded.TinyGguf;
import warta.core.prompt.PromptLibrary;
import warta.core.summarize.SummaryProblem.Kind;

/**
 * The summary's grammar schema: any answer it allows is a summary that keeps the limits and cites
 * only what was shown, so only its language can send the summary back for a retry.
 */
class SummaryGrammarTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void should_cite_a_consecutive_range_by_its_bounds_and_other_numbers_by_name() throws Exception {
        JsonNode range = citation(SummaryJson.grammarFormat(Set.of(1, 2, 3, 4)));
        JsonNode gaps = citation(SummaryJson.grammarFormat(new TreeSet<>(List.of(2, 5, 9))));

        assertThat(range.get("minimum").asInt()).isEqualTo(1);
        assertThat(range.get("maximum").asInt()).isEqualTo(4);
        assertThat(gaps.get("enum")).extracting(JsonNode::asInt).containsExactly(2, 5, 9);
    }

    @Test
    void should_ask_for_the_counts_the_validator_demands() throws Exception {
        JsonNode schema = schema(SummaryJson.grammarFormat(Set.of(1, 2)));

        JsonNode summary = schema.at("/properties/summary");
        JsonNode points = schema.at("/properties/keyPoints");
        assertThat(summary.get("minItems").asInt()).isEqualTo(SummaryValidator.MIN_SENTENCES);
        assertThat(summary.get("maxItems").asInt())
                .isBetween(SummaryValidator.MIN_SENTENCES, SummaryValidator.MAX_SENTENCES);
        assertThat(points.get("minItems").asInt()).isEqualTo(SummaryValidator.MIN_POINTS);
        assertThat(points.get("maxItems").asInt()).isBetween(SummaryValidator.MIN_POINTS, SummaryValidator.MAX_POINTS);
        assertThat(summary.at("/items/properties/sources/minItems").asInt()).isEqualTo(1);
        assertThat(schema.get("required"))
                .extracting(JsonNode::asText)
                .containsExactly("headline", "summary", "keyPoints", "entities");
    }

    @Test
    void should_let_a_random_weight_model_answer_only_summaries_that_fail_on_nothing_but_their_language() {
        // given the tiny random-weight model under llama.cpp's grammar, and articles of 2, 4 and 9 sentences
        EmbeddedSettings settings = EmbeddedSettings.builder()
                .contextTokens(8192)
                .maxOutputTokens(4096)
                .threads(1)
                .nativeDir(dir)
                .build();
        LlamaChatModel llama = LlamaChatModel.open(TinyGguf.write(dir, "tiny.gguf"), settings);
        List<String> answers = new CopyOnWriteArrayList<>();
        ChatModel recording = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse response = llama.chat(request);
                answers.add(response.aiMessage().text());
                return response;
            }

            @Override
            public Set<Capability> supportedCapabilities() {
                return llama.supportedCapabilities();
            }
        };
        Summarizer summarizer = new Summarizer(recording, PromptLibrary.builtIn(), TokenCounters.o200k(), 2000, true);
        List<List<String>> articles = List.of(
                List.of("Harga cabai naik. Pedagang mengeluh."),
                List.of("Presiden meresmikan jalan tol. Jalan itu panjang.", "Menteri hadir. Warga senang."),
                List.of(
                        "Hujan deras turun di Bogor. Sungai meluap. Warga mengungsi.",
                        "Polisi menutup jalan. Sekolah diliburkan. Listrik padam.",
                        "Bupati meninjau lokasi. Bantuan dikirim. Air surut pada malam hari."));

        for (List<String> article : articles) {
            answers.clear();
            SourceLines source = SourceLines.of(article);

            // when
            SummaryOutcome outcome = summarizer.summarize("(nothing known)", source);

            // then the first answer is read, keeps every limit and cites only shown sentences
            String first = answers.getFirst();
            SummaryJson.Reading reading = SummaryJson.read(first);
            List<SummaryProblem> problems =
                    new java.util.ArrayList<>(new SummaryValidator().problems(reading.summary()));
            problems.addAll(Citations.problems(reading, source.numbers()));
            assertThat(problems).as(first).extracting(SummaryProblem::kind).allMatch(kind -> kind == Kind.NOT_ENGLISH);
            assertThat(first.getBytes(StandardCharsets.UTF_8).length)
                    .as("within the bound of any answer")
                    .isLessThan(4_000);
            // and a retry is spent only on the language
            assertThat(answers).hasSize(problems.isEmpty() ? 1 : 2);
            assertThat(outcome.summary().sentences()).isNotEmpty();
        }
    }

    @Test
    void should_let_the_model_cite_only_the_numbers_named_when_they_are_not_consecutive() {
        EmbeddedSettings settings = EmbeddedSettings.builder()
                .contextTokens(8192)
                .maxOutputTokens(4096)
                .threads(1)
                .nativeDir(dir)
                .build();
        LlamaChatModel llama = LlamaChatModel.open(TinyGguf.write(dir, "tiny-enum.gguf"), settings);
        Set<Integer> shown = new TreeSet<>(List.of(2, 5, 9));

        String answer = llama.chat(ChatRequest.builder()
                        .messages(dev.langchain4j.data.message.UserMessage.from("Summarize sentences 2, 5 and 9."))
                        .responseFormat(SummaryJson.grammarFormat(shown))
                        .build())
                .aiMessage()
                .text();

        SummaryJson.Reading reading = SummaryJson.read(answer);
        assertThat(Citations.problems(reading, shown)).as(answer).isEmpty();
        assertThat(reading.summary().sentences())
                .allSatisfy(statement -> assertThat(shown).containsAll(statement.sources()));
    }

    private static JsonNode citation(dev.langchain4j.model.chat.request.ResponseFormat format) throws Exception {
        return schema(format).at("/properties/summary/items/properties/sources/items");
    }

    private static JsonNode schema(dev.langchain4j.model.chat.request.ResponseFormat format) throws Exception {
        return JSON.readTree(((JsonRawSchema) format.jsonSchema().rootElement()).schema());
    }
}
