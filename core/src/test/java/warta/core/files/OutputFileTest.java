package warta.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.files.OutputFile.Plan;
import warta.core.files.OutputFile.Way;
import warta.core.testing.SpecialFiles;

class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void should_write_a_new_or_regular_file_whole() throws IOException {
        Path file = Files.writeString(dir.resolve("hasil.txt"), "lama");

        assertThat(OutputFile.plan(file)).isEqualTo(new Plan(Way.WHOLE, file));
        assertThat(OutputFile.plan(dir.resolve("baru/hasil.txt")))
                .isEqualTo(new Plan(Way.WHOLE, dir.resolve("baru/hasil.txt")));
        OutputFile.write(file, "baru\n");
        assertThat(Files.readString(file)).isEqualTo("baru\n");
    }

    @Test
    void should_write_straight_to_devices_and_fifos() throws Exception {
        Path devNull = SpecialFiles.characterDevice("/dev/null");
        Path fifo = SpecialFiles.fifo(dir.resolve("pipa"));

        assertThat(OutputFile.plan(devNull)).isEqualTo(new Plan(Way.STRAIGHT, devNull));
        assertThat(OutputFile.plan(fifo)).isEqualTo(new Plan(Way.STRAIGHT, fifo));
        CompletableFuture<String> reader = SpecialFiles.drain(fifo);
        OutputFile.write(fifo, "lewat pipa\n");
        assertThat(reader.get(20, TimeUnit.SECONDS)).isEqualTo("lewat pipa\n");
        assertThat(SpecialFiles.type(fifo)).isEqualTo("fifo");
    }

    @Test
    void should_write_straight_to_an_open_descriptor_whatever_it_is_open_on() throws IOException {
        Path stdout = Path.of("/dev/stdout");
        Assumptions.assumeTrue(Files.isSymbolicLink(stdout) && Files.exists(Path.of("/proc/self/fd")));

        assertThat(OutputFile.plan(stdout)).isEqualTo(new Plan(Way.STRAIGHT, stdout));
        assertThat(OutputFile.plan(Path.of("/proc/self/fd/1")).way()).isEqualTo(Way.STRAIGHT);
    }

    @Test
    void should_follow_links_to_the_file_and_create_the_target_of_a_dangling_one() throws IOException {
        Path target = dir.resolve("asli.txt");
        Path dangling = Files.createSymbolicLink(dir.resolve("tautan.txt"), target.getFileName());
        Path twice = Files.createSymbolicLink(dir.resolve("tautan2.txt"), dangling);

        OutputFile.write(twice, "sampai\n");

        assertThat(Files.readString(target)).isEqualTo("sampai\n");
        assertThat(SpecialFiles.type(dangling)).isEqualTo("symbolic link");
        assertThat(SpecialFiles.type(twice)).isEqualTo("symbolic link");
    }

    @Test
    void should_refuse_a_loop_of_links() throws IOException {
        Path a = dir.resolve("a");
        Files.createSymbolicLink(a, dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b"), a);

        assertThatThrownBy(() -> OutputFile.write(a, "x"))
                .isInstanceOfSatisfying(
                        FileSystemException.class,
                        e -> assertThat(e.getReason()).isEqualTo("too many levels of symbolic links"));
    }

    @Test
    void should_refuse_a_directory_a_socket_and_kernel_files_writing_nothing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path socket = dir.resolve("soket");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            assertThat(reason(folder)).isEqualTo("it is a directory");
            assertThat(reason(socket)).isEqualTo("it is a socket");
        }
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/version")), "no /proc here");
        assertThat(reason(Path.of("/proc/version")))
                .isEqualTo("it is in the kernel's proc file system, not a file on a disk");
        assertThat(reason(Path.of("/proc/warta-tidak-ada"))).startsWith("it is in the kernel's proc file system");
        assertThat(folder).isEmptyDirectory();
    }

    private static String reason(Path target) {
        try {
            OutputFile.check(target);
            throw new AssertionError(target + " was not refused");
        } catch (FileSystemException e) {
            assertThatThrownBy(() -> OutputFile.write(target, "x")).isInstanceOf(FileSystemException.class);
            return e.getReason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
