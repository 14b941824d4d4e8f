package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeModel;

/**
 * The summary checks as a user meets them in {@code warta summarize} and {@code batch --task
 * summarize} (issue 10, Done-when): a faithful English summary of an Indonesian article, naming
 * its people and places in English ("North Korea", "Moscow", "Foreign Minister"), gives no
 * finding; a planted place and number the article lacks are caught.
 */
class SummaryChecksCommandTest {

    private static final String ARTICLE = """
            Moskow (KABARKITA) - Menteri Luar Negeri Korea Utara bertemu Presiden Rusia di Moskow pada Selasa.

            Keduanya membahas keamanan di Semenanjung Korea.

            Korea Utara mengirim 10.000 tentara ke perbatasan, kata pejabat Amerika Serikat.
            """;
    private static final String FAITHFUL = """
            {"headline": "North Korea's Foreign Minister meets the Russian President in Moscow",
             "summary": [{"text": "North Korea's Foreign Minister met the Russian President in Moscow on Tuesday.", "sources": [1]},
                         {"text": "They discussed security on the Korean Peninsula.", "sources": [2]},
                         {"text": "North Korea sent 10,000 troops to the border, US officials said.", "sources": [3]}],
             "keyPoints": [{"text": "Foreign Minister met the Russian President", "sources": [1]},
                           {"text": "Security on the Korean Peninsula discussed", "sources": [2]},
                           {"text": "10,000 troops sent to the border", "sources": [3]}],
             "entities": {"people": [], "organizations": [], "places": ["Moscow", "North Korea"]}}
            """;
    private static final String PLANTED = FAITHFUL.replace("in Moscow on Tuesday", "in Oslo on Tuesday")
            .replace("sent 10,000 troops", "sent 12,000 troops");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private Path article() throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("masuk")).resolve("moskow.txt"), ARTICLE);
    }

    private static FakeModel summarizer(String summary) {
        return FakeModel.answering(request -> summary);
    }

    @Test
    void should_pass_a_faithful_english_summary_of_an_indonesian_article() throws IOException {
        CliRun run = CliRun.withModel(
                config -> summarizer(FAITHFUL),
                "summarize",
                "--format",
                "json",
                article().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode checks = json.readTree(run.out()).get("checks");
        assertThat(checks.get("passed").asBoolean()).as(checks.toString()).isTrue();
        assertThat(checks.get("unsupported")).isEmpty();
    }

    @Test
    void should_catch_a_planted_place_and_number_in_a_summary_and_print_them() throws IOException {
        CliRun run = CliRun.withModel(
                config -> summarizer(PLANTED), "summarize", article().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("checks failed")
                .contains("Oslo")
                .contains("12,000")
                .doesNotContain("Moscow:")
                .doesNotContain("Exception");
    }

    @Test
    void should_record_a_faithful_summary_as_done_and_a_planted_one_as_failed_in_a_batch() throws IOException {
        Path in = article().getParent();
        Path faithful = dir.resolve("hasil-baik");
        Path planted = dir.resolve("hasil-salah");

        CliRun good = CliRun.withModel(
                config -> summarizer(FAITHFUL),
                "batch",
                in.toString(),
                "--task",
                "summarize",
                "--out",
                faithful.toString());
        CliRun bad = CliRun.withModel(
                config -> summarizer(PLANTED),
                "batch",
                in.toString(),
                "--task",
                "summarize",
                "--out",
                planted.toString());

        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(json.readTree(Files.readString(faithful.resolve("moskow.json")))
                        .at("/checks/unsupported"))
                .isEmpty();
        assertThat(bad.exitCode()).as(bad.err()).isNotZero();
        JsonNode line =
                json.readTree(Files.readAllLines(planted.resolve("index.jsonl")).getFirst());
        assertThat(line.get("status").asText()).isEqualTo("failed");
        assertThat(json.readTree(Files.readString(planted.resolve("moskow.json")))
                        .at("/checks/unsupported")
                        .findValuesAsText("text"))
                .anyMatch(text -> text.contains("Oslo"))
                .anyMatch(text -> text.contains("12,000"));
    }
}
