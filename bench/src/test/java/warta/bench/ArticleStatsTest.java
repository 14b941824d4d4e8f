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

class ArticleStatsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void should_scale_articles_per_second_to_600_word_articles() {
        assertThat(ArticleStats.normalised(3000, 300)).isEqualTo(1500.0);
    }

    @Test
    void should_print_mean_words_and_normalised_rate() throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), """
                {"text": "satu dua"}
                {"text": "satu dua tiga empat"}
                """);

        int code = run(file.toString(), "2000");

        assertThat(code).isZero();
        assertThat(text(out)).contains("articles: 2", "mean words per article: 3.0", "600-word articles/s: 10");
    }

    @Test
    void should_exit_2_with_usage_when_file_is_missing() {
        int code = run(dir.resolve("missing.jsonl").toString());

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).contains("missing.jsonl", "usage:");
    }

    private int run(String... args) {
        return ArticleStats.run(args, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
