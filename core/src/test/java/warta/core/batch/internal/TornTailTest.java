package warta.core.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.batch.internal.TornTail.Repair;

class TornTailTest {

    /** A stand-in for a store's parser: a record is one whole JSON object with an id. */
    private static final Predicate<String> RECORD = line -> line.startsWith("{\"id\":") && line.endsWith("}");

    private static final String WHOLE = "{\"id\":\"a\",\"n\":1}\n{\"id\":\"b\",\"n\":2}\n";

    @TempDir
    Path dir;

    private Repair repair(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("store.jsonl"), content);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return TornTail.repair(file, channel, RECORD);
        }
    }

    private Repair repair(String content) throws IOException {
        return repair(content.getBytes(StandardCharsets.UTF_8));
    }

    private String content() throws IOException {
        return Files.readString(dir.resolve("store.jsonl"));
    }

    @Test
    void should_leave_the_file_alone_when_it_is_empty() throws IOException {
        assertThat(repair("")).isEqualTo(Repair.NONE);
        assertThat(content()).isEmpty();
    }

    @Test
    void should_leave_every_line_alone_when_the_file_ends_in_a_line_break() throws IOException {
        // given lines that are not records, in the middle and last, each with its line break
        String lines = "{\"id\":\"a\"}\nnot json\n\n{\"id\":\"b\",\"minhash\":[12,\n";

        // when
        Repair repair = repair(lines);

        // then nothing but a torn tail is ever lost
        assertThat(repair).isEqualTo(Repair.NONE);
        assertThat(content()).isEqualTo(lines);
    }

    @Test
    void should_cut_the_last_line_when_a_crash_left_a_fragment_of_it() throws IOException {
        assertThat(repair(WHOLE + "{\"id\":\"c\",\"n\":")).isEqualTo(Repair.CUT);
        assertThat(content()).isEqualTo(WHOLE);
    }

    @Test
    void should_cut_the_last_line_when_it_is_not_json() throws IOException {
        assertThat(repair(WHOLE + "garbage")).isEqualTo(Repair.CUT);
        assertThat(content()).isEqualTo(WHOLE);
    }

    @Test
    void should_empty_the_file_when_its_only_line_is_a_fragment() throws IOException {
        assertThat(repair("{\"id\":\"a\",\"n")).isEqualTo(Repair.CUT);
        assertThat(content()).isEmpty();
    }

    @Test
    void should_keep_a_whole_last_record_and_add_its_line_break_when_only_the_break_was_lost() throws IOException {
        assertThat(repair(WHOLE + "{\"id\":\"c\",\"n\":3}")).isEqualTo(Repair.LINE_BREAK_ADDED);
        assertThat(content()).isEqualTo(WHOLE + "{\"id\":\"c\",\"n\":3}\n");
    }

    @Test
    void should_cut_the_last_line_when_it_is_not_valid_utf_8() throws IOException {
        // given a tail with an "é" that lost its second byte: with the bad byte replaced it would pass for a record
        byte[] content = concat(
                WHOLE.getBytes(StandardCharsets.UTF_8),
                "{\"id\":\"caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3},
                "\"}".getBytes(StandardCharsets.UTF_8));

        // when
        Repair repair = repair(content);

        // then
        assertThat(repair).isEqualTo(Repair.CUT);
        assertThat(content()).isEqualTo(WHOLE);
    }

    @Test
    void should_find_the_last_line_break_when_the_tail_is_longer_than_one_read() throws IOException {
        // given a torn tail of 20,000 bytes after lines of 30,000: the scan crosses several chunks
        String lines = ("{\"id\":\"" + "x".repeat(2_990) + "\"}\n").repeat(10);
        String fragment = "{\"id\":\"" + "y".repeat(20_000);

        // when
        Repair repair = repair(lines + fragment);

        // then
        assertThat(repair).isEqualTo(Repair.CUT);
        assertThat(content()).isEqualTo(lines);
    }

    @Test
    void should_keep_a_whole_record_when_the_file_has_no_line_break_at_all() throws IOException {
        String record = "{\"id\":\"" + "z".repeat(10_000) + "\"}";

        assertThat(repair(record)).isEqualTo(Repair.LINE_BREAK_ADDED);
        assertThat(content()).isEqualTo(record + "\n");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
