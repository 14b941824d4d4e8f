package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
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
    void should_name_its_formats_as_users_type_them() {
        assertThat(Stream.of(ResultFormat.values()).map(ResultFormat::id)).containsExactly("text", "markdown", "json");
    }
}
