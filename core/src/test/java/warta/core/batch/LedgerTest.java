package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    @TempDir
    Path dir;

    private static LedgerEntry entry(String id, String status) {
        return new LedgerEntry(id, "k-" + id, status, null, id + ".txt", id + ".json", null, true, 0, 0, 0, 2, 10, 5,
                "2026-11-21T00:00:00Z");
    }

    @Test
    void should_keep_the_latest_entry_of_each_id_in_first_seen_order() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry("a", LedgerEntry.FAILED));
            ledger.append(entry("b", LedgerEntry.DONE));
            ledger.append(entry("a", LedgerEntry.DONE));
        }
        try (Ledger reopened = Ledger.open(file)) {
            assertThat(reopened.entries()).extracting(LedgerEntry::id).containsExactly("a", "b");
            assertThat(reopened.latest("a")).get().extracting(LedgerEntry::status).isEqualTo(LedgerEntry.DONE);
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void should_ignore_a_line_torn_by_a_crash() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry("a", LedgerEntry.DONE));
        }
        Files.writeString(file, "{\"id\":\"b\",\"key\":\"k-b\",\"sta", StandardOpenOption.APPEND);
        try (Ledger reopened = Ledger.open(file)) {
            assertThat(reopened.entries()).extracting(LedgerEntry::id).containsExactly("a");
            reopened.append(entry("c", LedgerEntry.DONE));
        }
        try (Ledger again = Ledger.open(file)) {
            assertThat(again.entries()).extracting(LedgerEntry::id).containsExactly("a", "c");
        }
    }
}
