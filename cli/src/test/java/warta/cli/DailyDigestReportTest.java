package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.daily.DailyDigests;
import warta.core.digest.Digest;
import warta.core.digest.DigestChecks;
import warta.core.digest.DigestInput;
import warta.core.read.ArticleInput;
import warta.core.usage.Usage;

/** The daily digests after a poll: one day's failure or unreadable result never ends the others; a stop does. */
class DailyDigestReportTest {

    @TempDir
    Path out;

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);
    private final Warta warta = Warta.builder().build();
    private final Digest empty = new Digest(
            List.of(),
            List.of(),
            List.of(),
            DigestChecks.of(List.of()),
            new Usage("p", "m", "v", 0, 0, 0, 0, 0, false, 0));

    private String done(String id, String published) throws IOException {
        Files.writeString(
                out.resolve(id + ".json"),
                "{\"id\":\"" + id + "\",\"source\":{\"path\":\"" + out.resolve("hilang/" + id + ".txt")
                        + "\"},\"metadata\":{\"published\":\"" + published + "\"}}");
        return "{\"id\":\"" + id + "\",\"source\":\"hilang/" + id + ".txt\",\"status\":\"done\",\"path\":\"" + id
                + ".json\"}\n";
    }

    private void index(String... lines) throws IOException {
        Files.writeString(out.resolve("index.jsonl"), String.join("", lines));
    }

    @Test
    void should_say_a_days_failure_and_an_unreadable_result_and_go_on_with_the_other_days() throws IOException {
        index(done("banjir", "2024-06-03"), done("rusak", "2024-06-04"), done("gempa", "2024-06-05"));
        Files.writeString(out.resolve("rusak.json"), "{ini bukan json");
        List<Integer> calls = new ArrayList<>();
        DailyDigests digests = new DailyDigests(out, ZoneOffset.UTC, warta::digestInput, (input, listener) -> {
            calls.add(input.size());
            if (calls.size() == 1) {
                throw new IllegalStateException("rusak di tengah jalan");
            }
            return empty;
        });

        DailyDigestReport.write(digests, () -> false, err, false, false);

        assertThat(text.toString())
                .contains("warta: rusak: left out of the daily digests: cannot read the result")
                .contains("warta: digest of 2024-06-03 failed: java.lang.IllegalStateException: rusak di tengah jalan")
                .contains("warta: digest of 2024-06-05: gempa")
                .contains("warta: digest of 2024-06-05 (0 articles) in " + out.resolve("digests/2024-06-05.md"));
        assertThat(calls).hasSize(2);
        assertThat(out.resolve("digests/2024-06-03.md")).doesNotExist();
    }

    @Test
    void should_begin_no_further_day_once_told_to_stop() throws IOException {
        index(done("banjir", "2024-06-03"), done("gempa", "2024-06-05"));
        AtomicBoolean stop = new AtomicBoolean();
        DigestInput none = warta.digestInput(List.<ArticleInput>of());
        DailyDigests digests = new DailyDigests(out, ZoneOffset.UTC, (folder, ids) -> none, (input, listener) -> {
            stop.set(true); // Ctrl-C during the first day's digest
            return empty;
        });

        DailyDigestReport.write(digests, stop::get, err, true, false);

        assertThat(out.resolve("digests/2024-06-03.md")).exists();
        assertThat(out.resolve("digests/2024-06-05.md")).doesNotExist();
    }
}
