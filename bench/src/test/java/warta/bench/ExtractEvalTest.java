package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractEvalTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_exit_2_with_usage_when_folder_is_missing() {
        int code = ExtractEval.run(new String[0], print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ExtractEval");
    }

    @Test
    void should_score_a_perfect_page_as_one() throws IOException {
        Files.writeString(
                dir.resolve("a.html"),
                "<html><head><title>Judul Berita</title></head><body>"
                        + "<p>Harga beras naik di pasar induk menjelang Ramadan, kata pedagang.</p></body></html>");
        Files.writeString(
                dir.resolve("expected.jsonl"),
                "{\"file\":\"a.html\",\"url\":null,\"title\":\"Judul berita\","
                        + "\"text\":\"Harga beras naik di pasar induk menjelang Ramadan , kata pedagang .\"}\n");

        int code = ExtractEval.run(new String[] {dir.toString()}, print(out), print(err));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("title=true", "F1=1.000", "mean P=1.000 R=1.000 F1=1.000");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
