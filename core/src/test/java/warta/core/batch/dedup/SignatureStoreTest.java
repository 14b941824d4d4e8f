package warta.core.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.WartaException;
import warta.core.files.FileErrors;
import warta.core.testing.FullDisk;

class SignatureStoreTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state/signatures.jsonl");
    }

    @Test
    void should_give_back_what_was_appended_after_reopening() {
        try (SignatureStore store = SignatureStore.open(file())) {
            store.append("flood", Signature.of(Texts.FLOOD));
            store.append("market", Signature.of(Texts.MARKET));
        }

        try (SignatureStore store = SignatureStore.open(file())) {
            NearDuplicates loaded = store.load(NearDuplicates.DEFAULT_THRESHOLD);

            assertThat(loaded.size()).isEqualTo(2);
            assertThat(loaded.find(Signature.of(Texts.FLOOD))).contains("flood");
            assertThat(loaded.find(Signature.of(Texts.MARKET))).contains("market");
        }
    }

    @Test
    void should_write_one_json_object_a_line() throws Exception {
        try (SignatureStore store = SignatureStore.open(file())) {
            store.append("id \"quoted\"\nline", Signature.of(Texts.FLOOD));
        }

        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("{\"id\":\"id \\\"quoted\\\"\\nline\",\"minhash\":[");
        assertThat(SignatureLine.parse(lines.get(0)).signature()).isEqualTo(Signature.of(Texts.FLOOD));
    }

    @Test
    void should_leave_no_part_of_a_record_the_disk_had_no_room_for() throws Exception {
        FullDisk disk = FullDisk.create();
        try (SignatureStore store = SignatureStore.open(disk.path(file()))) {
            store.append("flood", Signature.of(Texts.FLOOD));
            String before = Files.readString(file());
            disk.fillAfter(100);

            assertThatThrownBy(() -> store.append("market", Signature.of(Texts.MARKET)))
                    .satisfies(e -> assertThat(FileErrors.isDiskFull(e)).isTrue());
            assertThat(Files.readString(file())).isEqualTo(before);

            disk.free();
            store.append("market", Signature.of(Texts.MARKET));
        }
        assertThat(Files.readAllLines(file()))
                .hasSize(2)
                .allSatisfy(line -> assertThat(SignatureLine.parse(line)).isNotNull());
    }

    @Test
    void should_drop_a_torn_last_line_and_append_after_the_last_whole_one() throws Exception {
        try (SignatureStore store = SignatureStore.open(file())) {
            store.append("flood", Signature.of(Texts.FLOOD));
        }
        Files.writeString(file(), "{\"id\":\"market\",\"minhash\":[12,-7,", StandardOpenOption.APPEND);

        try (SignatureStore store = SignatureStore.open(file())) {
            assertThat(store.load(0.5).size()).isEqualTo(1);
            store.append("market", Signature.of(Texts.MARKET));
        }

        try (SignatureStore store = SignatureStore.open(file())) {
            assertThat(store.load(0.5).find(Signature.of(Texts.MARKET))).contains("market");
            assertThat(store.load(0.5).size()).isEqualTo(2);
        }
        assertThat(Files.readAllLines(file())).hasSize(2);
    }

    @Test
    void should_keep_a_whole_last_record_that_lost_only_its_line_break() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), new SignatureLine("flood", Signature.of(Texts.FLOOD)).format());

        try (SignatureStore store = SignatureStore.open(file())) {
            store.append("market", Signature.of(Texts.MARKET));
            assertThat(store.load(0.5).size()).isEqualTo(2);
        }
        assertThat(Files.readAllLines(file())).hasSize(2);
    }

    @Test
    void should_skip_corrupt_and_blank_lines_in_the_middle() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(
                file(),
                String.join(
                                "\n",
                                new SignatureLine("flood", Signature.of(Texts.FLOOD)).format(),
                                "not json at all",
                                "",
                                "{\"id\":\"short\",\"minhash\":[1,2,3]}",
                                "{\"id\":7,\"minhash\":[]}",
                                new SignatureLine("market", Signature.of(Texts.MARKET)).format())
                        + "\n");

        try (SignatureStore store = SignatureStore.open(file())) {
            NearDuplicates loaded = store.load(0.5);

            assertThat(loaded.size()).isEqualTo(2);
            assertThat(loaded.find(Signature.of(Texts.MARKET))).contains("market");
        }
    }

    @Test
    void should_keep_every_line_whole_when_threads_append_at_once() throws Exception {
        try (SignatureStore store = SignatureStore.open(file());
                ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.append(thread + "-" + i, Signature.of(Texts.randomWords(new java.util.Random(i), 30)));
                    }
                });
            }
        }

        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(400).allSatisfy(line -> SignatureLine.parse(line));
        try (SignatureStore store = SignatureStore.open(file())) {
            assertThat(store.load(0.5).size()).isEqualTo(400);
        }
    }

    @Test
    void should_load_the_later_signature_when_an_id_was_stored_twice() {
        try (SignatureStore store = SignatureStore.open(file())) {
            store.append("a", Signature.of(Texts.FLOOD));
            store.append("a", Signature.of(Texts.FLOOD));
            store.append("a", Signature.of(Texts.MARKET));

            NearDuplicates loaded = store.load(0.5);

            assertThat(loaded.size()).isEqualTo(1);
            assertThat(loaded.find(Signature.of(Texts.MARKET))).contains("a");
        }
    }

    @Test
    void should_refuse_to_append_after_close() {
        SignatureStore store = SignatureStore.open(file());
        store.close();
        store.close();

        assertThatThrownBy(() -> store.append("a", Signature.of(Texts.FLOOD)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void should_refuse_a_file_that_is_already_open() {
        try (SignatureStore store = SignatureStore.open(file())) {
            assertThatThrownBy(() -> SignatureStore.open(file()))
                    .isInstanceOf(WartaException.class)
                    .hasMessageContaining(file().toString());
        }
    }
}
