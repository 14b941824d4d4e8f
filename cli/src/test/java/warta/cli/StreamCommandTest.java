package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/** {@code translate} and {@code process} print each English paragraph as it is done, on a terminal or with --stream. */
class StreamCommandTest {

    private static final String ARTICLE = """
            Banjir Rendam Ratusan Rumah di Bekasi

            Banjir merendam 120 rumah di Kelurahan Jatiasih pada Senin pagi setelah hujan turun sejak malam.

            Warga mengungsi ke masjid dan balai warga yang berada di tempat yang lebih tinggi.

            Petugas pemadam kebakaran menyiapkan 12 perahu karet untuk mengevakuasi warga lanjut usia.

            Wali kota meminta warga tetap waspada karena hujan diperkirakan turun lagi pada Selasa.
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    /** What stdout held when each translation request was sent. */
    private final List<String> seenBySends = new CopyOnWriteArrayList<>();

    private final FakeModel model = FakeModel.answering(request -> {
        if (!FakeModel.system(request).contains("translator")) {
            return FakeEnglish.SUMMARY;
        }
        seenBySends.add(out.toString());
        return FakeEnglish.answer(FakeModel.lastUser(request));
    });

    /** A run with stdout and stderr both a terminal, or neither. */
    private int run(boolean terminal, String... args) {
        return run(terminal, terminal, args);
    }

    private int run(boolean stdoutIsTerminal, boolean stderrIsTerminal, String... args) {
        CliContext plain = CliRun.context(config -> model);
        CliContext context = new CliContext(
                plain.stdin(),
                plain.env(),
                plain.configFile(),
                plain.models(),
                plain.probe(),
                stderrIsTerminal,
                plain.files(),
                null,
                stdoutIsTerminal);
        return Main.run(context, new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    private String article() throws IOException {
        return Files.writeString(dir.resolve("banjir.txt"), ARTICLE).toString();
    }

    private String firstParagraphOf(String printed) {
        return printed.lines().filter(l -> !l.isBlank()).skip(1).findFirst().orElseThrow();
    }

    @Test
    void should_print_the_first_paragraphs_before_the_last_chunk_is_sent_with_stream() throws IOException {
        int code = run(false, "translate", "--stream", "--chunk-tokens", "30", "--concurrency", "1", article());

        assertThat(code).isZero();
        assertThat(seenBySends).hasSizeGreaterThan(2);
        assertThat(seenBySends.getFirst()).isEmpty();
        assertThat(seenBySends.getLast()).contains(firstParagraphOf(out.toString()));
    }

    @Test
    void should_stream_on_a_terminal_by_default_and_print_what_a_pipe_gets() throws IOException {
        String path = article();
        run(false, "process", "--format", "markdown", "--chunk-tokens", "30", "--concurrency", "1", path);
        String piped = out.toString();
        assertThat(seenBySends.getLast()).as("a pipe gets the result whole").isEmpty();
        out.getBuffer().setLength(0);
        seenBySends.clear();

        run(true, "process", "--format", "markdown", "--chunk-tokens", "30", "--concurrency", "1", path);

        assertThat(seenBySends.getLast()).startsWith("# ").contains("## Translation");
        assertThat(out.toString()).isEqualTo(piped);
    }

    @Test
    void should_not_stream_on_a_terminal_with_no_stream_or_into_a_file() throws IOException {
        String path = article();
        run(true, "translate", "--no-stream", "--chunk-tokens", "30", "--concurrency", "1", path);
        assertThat(seenBySends).hasSizeGreaterThan(2).allMatch(String::isEmpty);
        assertThat(out.toString()).isNotEmpty();
        out.getBuffer().setLength(0);
        seenBySends.clear();

        Path file = dir.resolve("out.txt");
        run(true, "translate", "--chunk-tokens", "30", "--concurrency", "1", "-o", file.toString(), path);
        assertThat(seenBySends).hasSizeGreaterThan(2).allMatch(String::isEmpty);
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(file)).startsWith("The officials");
    }

    @Test
    void should_follow_stdout_not_stderr_when_deciding_to_stream() throws IOException {
        String path = article();
        run(false, true, "translate", "--chunk-tokens", "30", "--concurrency", "1", path);
        assertThat(seenBySends)
                .as("stdout redirected to a file")
                .hasSizeGreaterThan(2)
                .allMatch(String::isEmpty);
        out.getBuffer().setLength(0);
        seenBySends.clear();

        run(true, false, "translate", "--chunk-tokens", "30", "--concurrency", "1", path);
        assertThat(seenBySends.getLast())
                .as("stderr redirected, stdout a terminal")
                .isNotEmpty();
    }
}
