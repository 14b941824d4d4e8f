package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void should_read_text_file() throws IOException {
        Path file = write("berita.txt", "Jakarta - Hujan deras.\r\nBanjir di mana-mana.");

        Article article = reader.read(file.toString());

        assertThat(article.content()).isEqualTo("Jakarta - Hujan deras.\nBanjir di mana-mana.");
        assertThat(article.format()).isEqualTo(Article.Format.TEXT);
        assertThat(article.source()).isEqualTo(Source.file(file.toString()));
    }

    @Test
    void should_detect_html_file_by_content() throws IOException {
        Path file = write("page.txt", "<!DOCTYPE html><html><body><p>Halo</p></body></html>");

        assertThat(reader.readFile(file).format()).isEqualTo(Article.Format.HTML);
    }

    @Test
    void should_detect_html_fragment_with_many_block_tags() {
        String fragment = "<div><p>Satu</p><p>Dua</p><p>Tiga</p></div>";

        assertThat(reader.fromString(fragment, Source.inline(), null).format()).isEqualTo(Article.Format.HTML);
    }

    @Test
    void should_keep_text_that_mentions_a_tag_as_text() {
        String text = "Gunakan tag <p> untuk paragraf.";

        assertThat(reader.fromString(text, Source.inline(), null).format()).isEqualTo(Article.Format.TEXT);
    }

    @Test
    void should_use_given_format_when_present() {
        Article article = reader.fromString("<p>a</p>", Source.inline(), Article.Format.HTML);

        assertThat(article.isHtml()).isTrue();
    }

    @Test
    void should_refuse_missing_file() {
        Path missing = dir.resolve("x.txt");

        assertThatThrownBy(() -> reader.read(missing.toString()))
                .isInstanceOf(InputException.class)
                .hasMessage("no such file: " + missing);
    }

    @Test
    void should_refuse_directory() {
        assertThatThrownBy(() -> reader.readFile(dir))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + " is a directory, not a file");
    }

    @Test
    void should_refuse_unreadable_file() throws IOException {
        Path file = write("secret.txt", "rahasia");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read anything");

        assertThatThrownBy(() -> reader.readFile(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cannot read " + file);
    }

    @Test
    void should_refuse_pdf_naming_its_kind() throws IOException {
        Path file = dir.resolve("x.pdf");
        Files.write(file, "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.readFile(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + " looks like a binary file (PDF), not text or HTML");
    }

    @Test
    void should_refuse_content_with_nul_bytes() {
        byte[] bytes = {'a', 'b', 0, 'c'};

        assertThatThrownBy(() -> reader.fromBytes(bytes, Source.file("x.bin"), null))
                .isInstanceOf(InputException.class)
                .hasMessage("x.bin looks like a binary file, not text or HTML");
    }

    @Test
    void should_refuse_content_full_of_control_characters() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }

        assertThatThrownBy(() -> reader.fromBytes(bytes, Source.file("x.dat"), null))
                .hasMessageContaining("looks like a binary file");
    }

    @Test
    void should_refuse_png_and_zip() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        byte[] zip = {'P', 'K', 3, 4, 'a', 'b'};

        assertThatThrownBy(() -> reader.fromBytes(png, Source.file("a.png"), null))
                .hasMessageContaining("(PNG)");
        assertThatThrownBy(() -> reader.fromBytes(zip, Source.file("a.docx"), null))
                .hasMessageContaining("(ZIP)");
    }

    @Test
    void should_refuse_empty_and_whitespace_only_files() throws IOException {
        Path empty = write("x.txt", "");
        Path blank = write("y.txt", " \n\t\r\n ");

        assertThatThrownBy(() -> reader.readFile(empty))
                .isInstanceOf(InputException.class)
                .hasMessage(empty + " is empty");
        assertThatThrownBy(() -> reader.readFile(blank))
                .isInstanceOf(InputException.class)
                .hasMessage(blank + " is empty");
    }

    @Test
    void should_refuse_file_over_the_limit_with_its_size() throws IOException {
        Path file = dir.resolve("x.txt");
        Files.write(file, "a".repeat(3_250_586).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.readFile(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + " is 3.1 MB, over the 2 MB limit; raise it with --max-bytes");
    }

    @Test
    void should_accept_file_exactly_at_the_limit() throws IOException {
        ArticleReader small = new ArticleReader(ReadOptions.defaults().withMaxBytes(5));
        Path file = write("x.txt", "abcde");

        assertThat(small.readFile(file).content()).isEqualTo("abcde");
    }

    @Test
    void should_read_stdin_from_stream() {
        var in = new ByteArrayInputStream("Kabar dari stdin".getBytes(StandardCharsets.UTF_8));

        Article article = reader.readStdin(in);

        assertThat(article.content()).isEqualTo("Kabar dari stdin");
        assertThat(article.source()).isEqualTo(Source.stdin());
    }

    @Test
    void should_read_no_more_than_the_limit_plus_one_from_stdin() {
        ArticleReader small = new ArticleReader(ReadOptions.defaults().withMaxBytes(10));
        var in = new ByteArrayInputStream("a".repeat(100).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> small.readStdin(in))
                .isInstanceOf(InputException.class)
                .hasMessage("standard input is over the 10 bytes limit; raise it with --max-bytes");
        assertThat(in.available()).isEqualTo(100 - 11);
    }

    @Test
    void should_refuse_empty_stdin() {
        assertThatThrownBy(() -> reader.readStdin(new ByteArrayInputStream(new byte[0])))
                .hasMessage("standard input is empty");
    }

    @Test
    void should_refuse_oversized_string() {
        ArticleReader small = new ArticleReader(ReadOptions.defaults().withMaxBytes(10));

        assertThatThrownBy(() -> small.fromString("é".repeat(6), Source.inline(), null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the input is 12 bytes, over the 10 bytes limit");
    }

    @Test
    void should_refuse_non_http_scheme() {
        assertThatThrownBy(() -> reader.readUrl(java.net.URI.create("ftp://example.com/a.txt")))
                .isInstanceOf(InputException.class)
                .hasMessage("not an http or https URL: ftp://example.com/a.txt");
    }

    @Test
    void should_refuse_a_url_of_another_scheme_as_such_not_as_a_missing_file() {
        assertThatThrownBy(() -> reader.read("ftp://example.com/a.txt"))
                .isInstanceOf(InputException.class)
                .hasMessage("not an http or https URL: ftp://example.com/a.txt (only http and https URLs can be read)");
        assertThatThrownBy(() -> reader.read("file:///etc/hostname"))
                .hasMessageStartingWith("not an http or https URL: file:///etc/hostname");
    }

    @Test
    void should_be_shareable_across_threads() throws Exception {
        List<Path> files = IntStream.range(0, 20)
                .mapToObj(i -> uncheckedWrite("f" + i + ".txt", "Berita nomor " + i))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> results = files.stream()
                    .map(f -> pool.submit(() -> reader.readFile(f)))
                    .toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get().content()).isEqualTo("Berita nomor " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path uncheckedWrite(String name, String content) {
        try {
            return write(name, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
