package warta.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FullDisk;

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
    void should_leave_the_old_file_and_nothing_else_when_the_disk_fills_in_the_middle() throws IOException {
        FullDisk disk = FullDisk.create();
        Path target = Files.writeString(dir.resolve("banjir.json"), "{\"lama\": true}\n");
        disk.fillAfter(5);

        assertThatThrownBy(() -> AtomicFiles.write(disk.path(target), "{\"baru\": true, \"panjang\": 1}\n"))
                .isInstanceOf(IOException.class)
                .hasMessage(FullDisk.NO_SPACE);

        assertThat(Files.readString(target)).isEqualTo("{\"lama\": true}\n");
        assertThat(names(dir)).containsExactly("banjir.json");
    }

    @Test
    void should_leave_the_old_file_and_nothing_else_when_the_write_fails() throws IOException {
        Path target = Files.createDirectories(dir.resolve("sebuah-folder"));
        Files.writeString(target.resolve("isi.txt"), "tetap");

        assertThatThrownBy(() -> AtomicFiles.write(target, "tidak jadi")).isInstanceOf(IOException.class);

        assertThat(Files.readString(target.resolve("isi.txt"))).isEqualTo("tetap");
        assertThat(names(dir)).containsExactly("sebuah-folder");
    }

    @Test
    void should_keep_the_mode_of_a_file_it_replaces_and_give_a_new_one_the_umask_mode() throws IOException {
        Path kept = Files.writeString(dir.resolve("index.jsonl"), "lama\n");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        Path reference = dir.resolve("pembanding");
        Files.newOutputStream(reference).close();

        AtomicFiles.write(kept, "baru\n");
        AtomicFiles.write(dir.resolve("baru.json"), "{}\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-r-----");
        assertThat(Files.getPosixFilePermissions(dir.resolve("baru.json")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(names(dir)).containsExactly("baru.json", "index.jsonl", "pembanding");
    }

    @Test
    void should_replace_a_link_itself_and_never_write_into_what_it_leads_to() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("lain.txt"), "tetap");
        Path link = Files.createSymbolicLink(dir.resolve("index.jsonl"), elsewhere);

        AtomicFiles.write(link, "baru\n");

        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).isEqualTo("baru\n");
        assertThat(Files.readString(elsewhere)).isEqualTo("tetap");
    }

    private static Stream<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }
}
