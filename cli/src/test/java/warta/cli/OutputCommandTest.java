package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.result.CheckedWriter;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;
import warta.core.testing.SpecialFiles;

/** Where results go: a failed write to stdout is an error, and {@code -o} never destroys what is there. */
class OutputCommandTest {

    private static final String ARTICLE = """
            Banjir Rendam Cipinang

            Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi.

            Warga mengungsi ke masjid terdekat.
            """;

    @TempDir
    Path dir;

    private Path article(String name) throws IOException {
        return Files.writeString(dir.resolve(name), ARTICLE);
    }

    private static FakeModel translator() {
        return FakeModel.answering(request -> FakeEnglish.answer(FakeModel.lastUser(request)));
    }

    /** Standard output on a full disk: every write fails, and a plain PrintWriter keeps quiet about it. */
    private static PrintWriter fullDisk() {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        });
    }

    @Test
    void should_exit_1_with_one_line_and_stop_at_once_when_stdout_cannot_be_written() throws IOException {
        FakeModel model = translator();

        CliRun run = CliRun.writingTo(
                fullDisk(),
                CliRun.context(config -> model),
                "translate",
                article("satu.txt").toString(),
                article("dua.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("warta: cannot write to standard output: the write failed");
        assertThat(model.requests()).as("the second article is not sent").hasSize(1);
    }

    @Test
    void should_exit_1_when_stdout_fails_in_any_command_that_prints() throws IOException {
        String file = article("satu.txt").toString();
        for (String[] args : new String[][] {{"inspect", file}, {"translate", "--dry-run", file}, {"--help"}}) {
            CliRun run = CliRun.writingTo(fullDisk(), CliRun.QUIET, args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err().lines())
                    .as(String.join(" ", args))
                    .containsExactly("warta: cannot write to standard output: the write failed");
        }
    }

    @Test
    void should_name_the_reason_when_stdout_is_dev_full() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            CliRun run = CliRun.writingTo(
                    new CheckedWriter(full),
                    CliRun.QUIET,
                    "inspect",
                    article("a.txt").toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines())
                    .containsExactly("warta: cannot write to standard output: No space left on device");
        }
    }

    @Test
    void should_write_into_a_fifo_named_with_o_and_leave_it_a_fifo() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("hasil"));
        CompletableFuture<String> reader = SpecialFiles.drain(fifo);

        CliRun run = CliRun.withModel(
                config -> translator(),
                "translate",
                "-o",
                fifo.toString(),
                article("a.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(reader.get(20, TimeUnit.SECONDS)).contains("120");
        assertThat(SpecialFiles.type(fifo)).isEqualTo("fifo");
    }

    @Test
    void should_write_through_a_link_to_dev_null_and_replace_neither() throws IOException {
        Path devNull = SpecialFiles.characterDevice("/dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("buang.txt"), devNull);

        CliRun run = CliRun.withModel(
                config -> translator(),
                "translate",
                "-o",
                link.toString(),
                article("a.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(SpecialFiles.type(link)).isEqualTo("symbolic link");
        assertThat(SpecialFiles.type(devNull)).isEqualTo("character device");
    }

    @Test
    void should_refuse_o_naming_a_directory_or_a_kernel_file_before_any_model_is_made() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder"));

        CliRun directory =
                CliRun.of("translate", "-o", folder.toString(), article("a.txt").toString());

        assertThat(directory.exitCode()).isEqualTo(1);
        assertThat(directory.err().lines()).containsExactly("warta: cannot write " + folder + ": it is a directory");
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/version")), "no /proc here");
        CliRun proc =
                CliRun.of("translate", "-o", "/proc/version", article("a.txt").toString());
        assertThat(proc.exitCode()).isEqualTo(1);
        assertThat(proc.err().lines())
                .containsExactly(
                        "warta: cannot write /proc/version: it is in the kernel's proc file system, not a file on a disk");
    }
}
