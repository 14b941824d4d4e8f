package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTextsTest {

    @TempDir
    Path dir;

    @Test
    void should_read_text_fields_in_order_and_skip_blank_lines() throws IOException {
        Path file = write("""
                {"id": "a", "text": "Satu dua tiga."}

                {"id": "b", "text": "Empat lima\\n\\nenam tujuh delapan."}
                """);

        ArticleTexts texts = ArticleTexts.load(file);

        assertThat(texts.texts()).containsExactly("Satu dua tiga.", "Empat lima\n\nenam tujuh delapan.");
        assertThat(texts.meanWords()).isEqualTo(4.0);
    }

    @Test
    void should_name_file_and_line_when_text_is_missing() throws IOException {
        Path file = write("""
                {"text": "Ada."}
                {"title": "Tanpa teks"}
                """);

        assertThatThrownBy(() -> ArticleTexts.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + ":2")
                .hasMessageContaining("\"text\"");
    }

    @Test
    void should_refuse_a_file_without_articles() throws IOException {
        Path file = write("\n\n");

        assertThatThrownBy(() -> ArticleTexts.load(file)).hasMessageContaining("no articles");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("articles.jsonl"), content);
    }
}
