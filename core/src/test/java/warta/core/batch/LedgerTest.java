package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.files.FileErrors;
import warta.core.testing.FullDisk;

class LedgerTest {

    @TempDir
    Path dir;

    private static LedgerEntry entry(String id, LedgerEntry.Status status) {
        return new LedgerEntry(
                id,
                "k-" + id,
                status,
                null,
                id + ".txt",
                id + ".json",
                null,
                true,
                0,
                0,
                0,
                2,
                10,
                5,
                "2026-11-21T00:00:00Z",
                List.of(),
                null);
    }

    @Test
    void should_keep_the_latest_entry_of_each_id_in_first_seen_order() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry("a", LedgerEntry.Status.FAILED));
            ledger.append(entry("b", LedgerEntry.Status.DONE));
            ledger.append(entry("a", LedgerEntry.Status.DONE));
        }
        try (Ledger reopened = Ledger.open(file)) {
            assertThat(reopened.entries()).extracting(LedgerEntry::id).containsExactly("a", "b");
            assertThat(reopened.latest("a"))
                    .get()
                    .extracting(LedgerEntry::status)
                    .isEqualTo(LedgerEntry.Status.DONE);
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void should_leave_no_part_of_an_entry_the_disk_had_no_room_for() throws IOException {
        FullDisk disk = FullDisk.create();
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(disk.path(file))) {
            ledger.append(entry("a", LedgerEntry.Status.DONE));
            String before = Files.readString(file);
            disk.fillAfter(40);

            assertThatThrownBy(() -> ledger.append(entry("b", LedgerEntry.Status.DONE)))
                    .satisfies(e -> assertThat(FileErrors.isDiskFull(e)).isTrue());
            assertThat(Files.readString(file)).isEqualTo(before);
            assertThat(ledger.latest("b")).isEmpty();

            disk.free();
            ledger.append(entry("c", LedgerEntry.Status.DONE));
        }
        try (Ledger reopened = Ledger.open(file)) {
            assertThat(reopened.entries()).extracting(LedgerEntry::id).containsExactly("a", "c");
        }
        assertThat(Files.readAllLines(file)).hasSize(2);
    }

    @Test
    void should_ignore_a_line_torn_by_a_crash() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry("a", LedgerEntry.Status.DONE));
        }
        Files.writeString(file, "{\"id\":\"b\",\"key\":\"k-b\",\"sta", StandardOpenOption.APPEND);
        try (Ledger reopened = Ledger.open(file)) {
            assertThat(reopened.entries()).extracting(LedgerEntry::id).containsExactly("a");
            reopened.append(entry("c", LedgerEntry.Status.DONE));
        }
        try (Ledger again = Ledger.open(file)) {
            assertThat(again.entries()).extracting(LedgerEntry::id).containsExactly("a", "c");
        }
    }

    @Test
    void should_write_the_status_in_lower_case_when_an_entry_is_appended() throws IOException {
        // given
        Path file = dir.resolve("ledger.jsonl");

        // when
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry("a", LedgerEntry.Status.DUPLICATE));
        }

        // then the line is the one earlier versions wrote, byte for byte
        assertThat(Files.readString(file)).isEqualTo(OLD_LINE.replace("\"done\"", "\"duplicate\"") + "\n");
    }

    @Test
    void should_read_every_status_when_the_lines_were_written_before_statuses_were_typed() throws IOException {
        // given
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(
                file,
                OLD_LINE + "\n" + OLD_LINE.replace("\"a\"", "\"b\"").replace("\"done\"", "\"failed\"") + "\n"
                        + OLD_LINE.replace("\"a\"", "\"c\"").replace("\"done\"", "\"duplicate\"") + "\n");

        // when
        try (Ledger ledger = Ledger.open(file)) {

            // then
            assertThat(ledger.entries())
                    .extracting(LedgerEntry::status)
                    .containsExactly(LedgerEntry.Status.DONE, LedgerEntry.Status.FAILED, LedgerEntry.Status.DUPLICATE);
            assertThat(ledger.entries()).extracting(LedgerEntry::finished).containsExactly(true, false, true);
        }
    }

    @Test
    void should_skip_a_line_when_its_status_is_unknown() throws IOException {
        // given
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(
                file, OLD_LINE.replace("\"done\"", "\"DONE\"") + "\n" + OLD_LINE.replace("\"a\"", "\"b\"") + "\n");

        // when
        try (Ledger ledger = Ledger.open(file)) {

            // then
            assertThat(ledger.entries()).extracting(LedgerEntry::id).containsExactly("b");
        }
    }

    @Test
    void should_keep_a_whole_last_entry_when_it_lost_only_its_line_break() throws IOException {
        // given
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(file, OLD_LINE);

        // when
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry("c", LedgerEntry.Status.DONE));
        }

        // then
        try (Ledger again = Ledger.open(file)) {
            assertThat(again.entries()).extracting(LedgerEntry::id).containsExactly("a", "c");
        }
        assertThat(Files.readAllLines(file)).hasSize(2).first().isEqualTo(OLD_LINE);
    }

    /** An entry of {@code a}, done, as the ledger has always written it. */
    private static final String OLD_LINE = "{\"id\":\"a\",\"key\":\"k-a\",\"status\":\"done\",\"reason\":null,"
            + "\"source\":\"a.txt\",\"path\":\"a.json\",\"duplicateOf\":null,\"checksPassed\":true,\"untranslated\":0,"
            + "\"omitted\":0,\"unsupported\":0,\"requests\":2,\"inputTokens\":10,\"outputTokens\":5,"
            + "\"time\":\"2026-11-21T00:00:00Z\",\"terms\":[]}";

    @Test
    void should_read_a_line_written_before_ledgers_kept_terms_and_keep_terms_written_now() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        Files.writeString(file, "{\"id\":\"old\",\"key\":\"k\",\"status\":\"done\",\"checksPassed\":true}\n");
        LedgerEntry.TermChoice choice =
                new LedgerEntry.TermChoice("kemlu", "Kementerian Luar Negeri", "Foreign Ministry");
        LedgerEntry now = new LedgerEntry(
                "new",
                "k2",
                LedgerEntry.Status.DONE,
                null,
                null,
                null,
                null,
                true,
                0,
                0,
                0,
                1,
                1,
                1,
                "t",
                List.of(choice),
                null);

        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.latest("old"))
                    .get()
                    .extracting(LedgerEntry::terms)
                    .asList()
                    .isEmpty();
            ledger.append(now);
        }
        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.latest("new"))
                    .get()
                    .extracting(LedgerEntry::terms)
                    .asList()
                    .containsExactly(choice);
        }
    }
}
