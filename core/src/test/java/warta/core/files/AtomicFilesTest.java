package warta.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_write_a_new_file_in_a_new_folder_whole() throws IOException {
        Path target = dir.resolve("hasil/banjir.json");

        AtomicFiles.write(target, "{\"judul\": \"Banjir – “Cipinang”\"}\n");

        assertThat(Files.readString(target)).isEqualTo("{\"judul\": \"Banjir – “Cipinang”\"}\n");
        assertThat(names(target.getParent())).containsExactly("banjir.json");
    }

    @Test
    void should_replace_an_existing_file_and_leave_no_temporary_file() throws IOException {
        Path target = Files.writeString(dir.resolve("index.jsonl"), "lama\n");

        AtomicFiles.write(target, "baru\n", false);

        assertThat(Files.readString(target)).isEqualTo("baru\n");
        assertThat(names(dir)).containsExactly("index.jsonl");
    }

    @Test
    void should_leave_the_old_file_and_nothing_else_when_the_write_fails() throws IOException {
        Path target = Files.createDirectories(dir.resolve("sebuah-folder"));
        Files.writeString(target.resolve("isi.txt"), "tetap");

        assertThatThrownBy(() -> AtomicFiles.write(target, "tidak jadi")).isInstanceOf(IOException.class);

        assertThat(Files.readString(target.resolve("isi.txt"))).isEqualTo("tetap");
        assertThat(names(dir)).containsExactly("sebuah-folder");
    }

    private static Stream<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }
}
