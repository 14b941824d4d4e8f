package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.OutputException;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;
import warta.core.testing.SpecialFiles;

class ResultOutputTest {

    @TempDir
    Path dir;

    private final StringWriter stdout = new StringWriter();

    private static ArticleResult result() {
        ModelConfig config = ModelConfig.builder()
                .provider(Provider.OPENAI)
                .model("fake")
                .baseUrl("http://127.0.0.1:1/v1")
                .build();
        Warta warta = Warta.builder(config)
                .models((c, inner, files) -> FakeModel.answering(r -> FakeEnglish.answer(FakeModel.lastUser(r))))
                .build();
        return warta.process(
                Article.text(Source.inline(), "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin."),
                EnumSet.of(Task.TRANSLATE),
                ProcessListener.NONE);
    }

    @Test
    void should_print_each_result_at_once_without_a_file() {
        ResultOutput output = new ResultOutput(ResultFormat.JSON, new PrintWriter(stdout), null);
        ArticleResult result = result();

        output.add(result);

        assertThat(stdout.toString()).isEqualTo(ResultJson.toJson(result) + "\n");
        output.finish();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void should_write_the_file_whole_at_the_end_in_the_chosen_format() throws IOException {
        Path file = dir.resolve("hasil/terjemahan.md");
        ResultOutput output = new ResultOutput(ResultFormat.MARKDOWN, new PrintWriter(stdout), file);
        ArticleResult result = result();

        output.add(result);
        output.add(result);
        assertThat(file).doesNotExist();
        output.finish();

        assertThat(Files.readString(file)).isEqualTo((ResultMarkdown.render(result) + "\n").repeat(2));
        assertThat(stdout.toString()).isEmpty();
    }

    @Test
    void should_leave_no_file_when_there_is_no_result() {
        Path file = dir.resolve("kosong.txt");

        new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), file).finish();

        assertThat(file).doesNotExist();
    }

    @Test
    void should_report_a_failed_write_as_output_and_leave_nothing_behind() throws IOException {
        Path blocker = Files.writeString(dir.resolve("berkas"), "bukan folder");
        ResultOutput output =
                new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), blocker.resolve("hasil.txt"));
        output.add(result());

        assertThatThrownBy(output::finish).isInstanceOf(OutputException.class).hasMessageStartingWith("cannot write ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(blocker);
        }
    }

    @Test
    void should_write_into_a_fifo_and_leave_it_a_fifo() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipa"));
        CompletableFuture<String> reader = SpecialFiles.drain(fifo);
        ArticleResult result = result();
        ResultOutput output = new ResultOutput(ResultFormat.JSON, new PrintWriter(stdout), fifo);

        output.add(result);
        output.finish();

        assertThat(reader.get(20, TimeUnit.SECONDS)).isEqualTo(ResultJson.toJson(result) + "\n");
        assertThat(SpecialFiles.type(fifo)).isEqualTo("fifo");
        assertThat(names(dir)).containsExactly("pipa");
    }

    @Test
    void should_write_straight_to_a_character_device_through_a_link_and_replace_neither() throws IOException {
        Path devNull = SpecialFiles.characterDevice("/dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("buang.txt"), devNull);
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), link);

        output.add(result());
        output.finish();

        assertThat(SpecialFiles.type(link)).isEqualTo("symbolic link");
        assertThat(SpecialFiles.type(devNull)).isEqualTo("character device");
        assertThat(names(dir)).containsExactly("buang.txt");
    }

    @Test
    void should_replace_the_file_a_link_leads_to_and_keep_the_link() throws IOException {
        Path target =
                Files.writeString(Files.createDirectories(dir.resolve("asli")).resolve("hasil.md"), "lama");
        Path link = Files.createSymbolicLink(dir.resolve("hasil.md"), dir.relativize(target));
        ArticleResult result = result();
        ResultOutput output = new ResultOutput(ResultFormat.MARKDOWN, new PrintWriter(stdout), link);

        output.add(result);
        output.finish();

        assertThat(SpecialFiles.type(link)).isEqualTo("symbolic link");
        assertThat(Files.readString(target)).isEqualTo(ResultMarkdown.render(result) + "\n");
        assertThat(names(target.getParent())).containsExactly("hasil.md");
    }

    @Test
    void should_keep_the_permissions_of_the_file_it_replaces() throws IOException {
        Path file = Files.writeString(dir.resolve("bersama.txt"), "lama");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), file);

        output.add(result());
        output.finish();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw-r--");
        assertThat(Files.readString(file)).isNotEqualTo("lama");
    }

    @Test
    void should_create_a_new_file_with_the_mode_the_umask_gives_not_owner_only() throws IOException {
        Path reference = dir.resolve("pembanding.txt");
        Files.newOutputStream(reference).close();
        Path file = dir.resolve("baru.txt");
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), file);

        output.add(result());
        output.finish();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void should_refuse_a_directory_before_any_work_saying_why() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("kosong"));

        assertThatThrownBy(() -> ResultOutput.open(ResultFormat.TEXT, new PrintWriter(stdout), folder))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + folder + ": it is a directory");
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), folder);
        output.add(result());
        assertThatThrownBy(output::finish).hasMessage("cannot write " + folder + ": it is a directory");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void should_refuse_a_file_of_the_kernel_saying_why() {
        Path version = Path.of("/proc/version");
        Assumptions.assumeTrue(Files.isRegularFile(version), "no /proc here");
        ResultOutput output = new ResultOutput(ResultFormat.TEXT, new PrintWriter(stdout), version);
        output.add(result());

        assertThatThrownBy(output::finish)
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write /proc/version: it is in the kernel's proc file system, not a file on a disk");
    }

    @Test
    void should_fail_at_once_when_stdout_cannot_be_written() {
        ArticleResult result = result();
        ResultOutput plain = new ResultOutput(ResultFormat.TEXT, new PrintWriter(new FullDisk()), null);
        ResultOutput checked = new ResultOutput(ResultFormat.TEXT, new CheckedWriter(new FullDisk()), null);

        assertThatThrownBy(() -> plain.add(result))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write to standard output: the write failed");
        assertThatThrownBy(() -> checked.add(result))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write to standard output: No space left on device");
    }

    /** A writer on a full disk, as {@code /dev/full} is. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void should_name_its_formats_as_users_type_them() {
        assertThat(Stream.of(ResultFormat.values()).map(ResultFormat::id)).containsExactly("text", "markdown", "json");
    }
}
