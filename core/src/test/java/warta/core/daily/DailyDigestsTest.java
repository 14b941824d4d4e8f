package warta.core.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.digest.Digest;
import warta.core.digest.DigestChecks;
import warta.core.digest.DigestInput;
import warta.core.digest.DigestListener;
import warta.core.error.InputException;
import warta.core.read.ArticleInput;
import warta.core.usage.Usage;

class DailyDigestsTest {

    @TempDir
    Path out;

    /** A done article of the folder, published on {@code published} (null: undated). */
    private String done(String id, String published) throws IOException {
        Files.writeString(
                out.resolve(id + ".json"),
                "{\"id\":\"" + id + "\",\"metadata\":{\"published\":"
                        + (published == null ? "null" : "\"" + published + "\"") + "}}");
        return "{\"id\":\"" + id + "\",\"source\":\"masuk/" + id + ".txt\",\"status\":\"done\",\"path\":\"" + id
                + ".json\"}\n";
    }

    private void index(String... lines) throws IOException {
        Files.writeString(out.resolve("index.jsonl"), String.join("", lines));
    }

    private DailyDigests digests(List<Path> read) {
        return new DailyDigests(
                out,
                ZoneOffset.UTC,
                (folder, ids) -> {
                    read.add(folder);
                    throw new InputException("no model in this test");
                },
                (input, listener) -> {
                    throw new AssertionError("never reached");
                });
    }

    @Test
    void should_give_each_day_touched_by_new_articles_all_of_its_done_articles() throws IOException {
        index(
                done("banjir", "2024-06-03"),
                done("cabai", "2024-06-04"),
                "{\"id\":\"foto\",\"status\":\"failed\",\"reason\":\"binary\"}\n",
                done("gempa", "2024-06-03"),
                done("pemilu", "2024-06-05"));

        var days = digests(new ArrayList<>()).daysOf(Set.of("gempa", "cabai", "foto"));

        assertThat(days)
                .containsExactly(
                        java.util.Map.entry(LocalDate.of(2024, 6, 3), List.of("banjir", "gempa")),
                        java.util.Map.entry(LocalDate.of(2024, 6, 4), List.of("cabai")));
    }

    @Test
    void should_take_the_day_an_undated_article_was_written() throws IOException {
        index(done("tanpa-tanggal", null));
        Files.setLastModifiedTime(
                out.resolve("tanpa-tanggal.json"), FileTime.from(Instant.parse("2024-09-12T23:30:00Z")));

        var days = digests(new ArrayList<>()).daysOf(Set.of("tanpa-tanggal"));

        assertThat(days).containsOnlyKeys(LocalDate.of(2024, 9, 12));
    }

    @Test
    void should_find_no_day_in_a_folder_without_an_index() {
        assertThat(digests(new ArrayList<>()).daysOf(Set.of("banjir"))).isEmpty();
    }

    @Test
    void should_digest_the_folder_and_write_nothing_when_that_fails() throws IOException {
        index(done("banjir", "2024-06-03"), done("cabai", "2024-06-04"), done("gempa", "2024-06-03"));
        List<Path> read = new ArrayList<>();

        assertThatThrownBy(() -> digests(read).write(LocalDate.of(2024, 6, 3), List.of("banjir", "gempa"), null))
                .isInstanceOf(InputException.class);

        assertThat(read).containsExactly(out);
        assertThat(out.resolve("digests/2024-06-03.md")).doesNotExist();
        assertThat(out.resolve("digests/2024-06-03.json")).doesNotExist();
    }

    @Test
    void should_read_only_the_articles_of_the_day_and_write_each_day_whole() throws IOException {
        index(done("banjir", "2024-06-03"), done("cabai", "2024-06-04"));
        DigestInput none = Warta.builder().build().digestInput(List.<ArticleInput>of());
        Digest empty = new Digest(
                List.of(),
                List.of(),
                List.of(),
                DigestChecks.of(List.of()),
                new Usage("p", "m", "v", 0, 0, 0, 0, 0, false, 0));
        List<Path> read = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<List<String>> wanted = new ArrayList<>();
        DailyDigests digests = new DailyDigests(
                out,
                ZoneOffset.UTC,
                (folder, ids) -> {
                    read.add(folder);
                    wanted.add(List.copyOf(ids));
                    return none;
                },
                (input, listener) -> {
                    sizes.add(input.size());
                    return empty;
                });

        var june3 = digests.write(LocalDate.of(2024, 6, 3), List.of("banjir"), DigestListener.NONE);
        digests.write(LocalDate.of(2024, 6, 4), List.of("cabai"), DigestListener.NONE);

        assertThat(read).containsExactly(out, out);
        assertThat(wanted).containsExactly(List.of("banjir"), List.of("cabai"));
        assertThat(sizes).containsExactly(0, 0);
        assertThat(june3.markdown()).isEqualTo(out.resolve("digests/2024-06-03.md"));
        assertThat(Files.readString(june3.markdown())).startsWith("# Digest");
        assertThat(out.resolve("digests/2024-06-04.json")).exists();
    }

    private void digestFile(String day, String findingKind, String... ids) throws IOException {
        StringBuilder sources = new StringBuilder();
        for (String id : ids) {
            sources.append(sources.isEmpty() ? "" : ",")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\"}");
        }
        String findings = findingKind == null ? "" : "{\"kind\":\"" + findingKind + "\"}";
        Files.createDirectories(out.resolve("digests"));
        Files.writeString(
                out.resolve("digests/" + day + ".json"),
                "{\"sources\":[" + sources + "],\"checks\":{\"passed\":" + findings.isEmpty() + ",\"findings\":["
                        + findings + "]}}");
    }

    @Test
    void should_find_stale_the_days_whose_digest_is_missing_partial_or_lists_other_articles() throws IOException {
        index(
                done("banjir", "2024-06-03"),
                done("cabai", "2024-06-04"),
                done("gempa", "2024-06-05"),
                done("pemilu", "2024-06-06"),
                done("hujan", "2024-06-07"));
        digestFile("2024-06-03", null, "banjir");
        digestFile("2024-06-04", "incomplete", "cabai");
        digestFile("2024-06-05", null, "gempa", "lama");
        digestFile("2024-06-07", "unsupported", "hujan");

        var stale = digests(new ArrayList<>()).staleDays(line -> {});

        assertThat(stale.keySet())
                .containsExactly(LocalDate.of(2024, 6, 4), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 6));
    }

    @Test
    void should_leave_out_an_unreadable_result_with_a_line_and_keep_the_other_days() throws IOException {
        index(done("banjir", "2024-06-03"), done("rusak", "2024-06-04"));
        Files.writeString(out.resolve("rusak.json"), "{ini bukan json");
        List<String> skipped = new ArrayList<>();

        var stale = digests(new ArrayList<>()).staleDays(skipped::add);

        assertThat(stale).containsOnlyKeys(LocalDate.of(2024, 6, 3));
        assertThat(skipped).singleElement().asString().startsWith("rusak: left out of the daily digests");
    }

    @Test
    void should_keep_the_day_of_an_unchanged_result_and_read_a_changed_one_again() throws IOException {
        index(done("banjir", "2024-06-03"));
        DailyDigests digests = digests(new ArrayList<>());
        FileTime written = Files.getLastModifiedTime(out.resolve("banjir.json"));
        assertThat(digests.daysOf(Set.of("banjir"))).containsOnlyKeys(LocalDate.of(2024, 6, 3));

        // same modification time: the result is not parsed again (its new content is not seen)
        Files.writeString(out.resolve("banjir.json"), "{\"metadata\":{\"published\":\"2024-07-01\"}}");
        Files.setLastModifiedTime(out.resolve("banjir.json"), written);
        assertThat(digests.daysOf(Set.of("banjir"))).containsOnlyKeys(LocalDate.of(2024, 6, 3));

        Files.setLastModifiedTime(
                out.resolve("banjir.json"), FileTime.from(written.toInstant().plusSeconds(5)));
        assertThat(digests.daysOf(Set.of("banjir"))).containsOnlyKeys(LocalDate.of(2024, 7, 1));
    }

    @Test
    void should_take_the_day_the_ledger_first_recorded_an_undated_article_done() throws IOException {
        index(done("tanpa-tanggal", null));
        Files.setLastModifiedTime(
                out.resolve("tanpa-tanggal.json"), FileTime.from(Instant.parse("2024-09-20T10:00:00Z")));
        Files.createDirectories(out.resolve(".warta"));
        Files.writeString(
                out.resolve(".warta/ledger.jsonl"),
                "{\"id\":\"tanpa-tanggal\",\"status\":\"failed\",\"time\":\"2024-09-10T08:00:00Z\"}\n"
                        + "{\"id\":\"tanpa-tanggal\",\"status\":\"done\",\"time\":\"2024-09-12T08:00:00Z\"}\n");
        DailyDigests digests = digests(new ArrayList<>());

        assertThat(digests.daysOf(Set.of("tanpa-tanggal"))).containsOnlyKeys(LocalDate.of(2024, 9, 12));

        // done again later (its source changed): the day it was first done stays
        Files.writeString(
                out.resolve(".warta/ledger.jsonl"),
                "{\"id\":\"tanpa-tanggal\",\"status\":\"done\",\"time\":\"2024-09-20T10:00:00Z\"}\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(
                out.resolve("tanpa-tanggal.json"), FileTime.from(Instant.parse("2024-09-20T10:00:01Z")));
        assertThat(digests.daysOf(Set.of("tanpa-tanggal"))).containsOnlyKeys(LocalDate.of(2024, 9, 12));
    }
}
