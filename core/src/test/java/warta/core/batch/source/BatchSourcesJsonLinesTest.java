package warta.core.batch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static warta.core.batch.source.TestSources.ids;
import static warta.core.batch.source.TestSources.items;
import static warta.core.batch.source.TestSources.write;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.read.ArticleReader;

class BatchSourcesJsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void should_make_one_item_per_line_of_text_html_or_url() {
        Path jsonl = write(dir.resolve("kiriman.jsonl"), """
                {"id": "Berita Utama", "text": "Gubernur meninjau lokasi banjir di Bekasi."}

                {"html": "<p>Pasar murah digelar di alun-alun.</p>"}
                {"id": 42, "url": "https://berita.example/ekonomi/harga-beras"}
                """);

        List<BatchItem> items = items(jsonl.toString());

        assertThat(ids(items)).containsExactly("berita-utama", "kiriman-3", "42");
        Article text = items.get(0).load();
        assertThat(text.content()).isEqualTo("Gubernur meninjau lokasi banjir di Bekasi.");
        assertThat(text.format()).isEqualTo(Article.Format.TEXT);
        assertThat(text.source()).isEqualTo(Source.file(jsonl + ":1"));
        assertThat(items.get(1).load().format()).isEqualTo(Article.Format.HTML);
        assertThat(items.get(2).source()).isEqualTo(Source.url("https://berita.example/ekonomi/harga-beras"));
    }

    @Test
    void should_turn_bad_lines_into_failing_items_with_their_line_numbers() {
        Path jsonl = write(
                dir.resolve("rusak.jsonl"),
                String.join(
                        "\n",
                        "{\"text\": \"Baris pertama baik.\"}",
                        "{bukan json",
                        "[\"sebuah\", \"larik\"]",
                        "{\"id\": \"dua-jenis\", \"text\": \"a\", \"html\": \"<p>a</p>\"}",
                        "{\"id\": \"kosong\"}",
                        "{\"text\": 17}",
                        "{\"url\": \"ftp://berita.example/b\"}",
                        "{\"id\": {\"x\": 1}, \"text\": \"id aneh\"}",
                        "{\"text\": \"Baris terakhir tetap dibaca.\"}"));

        List<BatchItem> items = items(jsonl.toString());

        assertThat(ids(items))
                .containsExactly(
                        "rusak-1",
                        "rusak-2",
                        "rusak-3",
                        "dua-jenis",
                        "kosong",
                        "rusak-6",
                        "rusak-7",
                        "rusak-8",
                        "rusak-9");
        assertThat(items.get(0).load().content()).isEqualTo("Baris pertama baik.");
        assertThat(failure(items.get(1))).startsWith(jsonl + " line 2: not valid JSON");
        assertThat(failure(items.get(2))).isEqualTo(jsonl + " line 3: expected a JSON object");
        assertThat(failure(items.get(3)))
                .isEqualTo(
                        jsonl + " line 4: expected \"text\" or \"html\" (or only a \"url\"), found \"text\", \"html\"");
        assertThat(failure(items.get(4)))
                .endsWith("line 5: expected \"text\" or \"html\" (or only a \"url\"), found none");
        assertThat(failure(items.get(5))).isEqualTo(jsonl + " line 6: \"text\" must be a string");
        assertThat(failure(items.get(6)))
                .isEqualTo(jsonl
                        + " line 7: \"url\" must be an absolute http or https URL, not \"ftp://berita.example/b\"");
        assertThat(failure(items.get(7))).isEqualTo(jsonl + " line 8: \"id\" must be a string");
        assertThat(items.get(8).load().content()).isEqualTo("Baris terakhir tetap dibaca.");
    }

    @Test
    void should_keep_a_url_beside_the_text_as_the_source_without_fetching_it() {
        Path jsonl = write(
                dir.resolve("kerokan.jsonl"),
                "{\"id\": \"a\", \"text\": \"Harga beras naik.\", \"url\": \"http://127.0.0.1:1/tidak-diambil\"}\n");

        BatchItem item = items(jsonl.toString()).getFirst();

        assertThat(item.load().content()).isEqualTo("Harga beras naik.");
        assertThat(item.source().url()).isEqualTo("http://127.0.0.1:1/tidak-diambil");
        assertThat(item.source().path()).isEqualTo(jsonl + ":1");
    }

    @Test
    void should_disambiguate_repeated_line_ids() {
        Path jsonl = write(dir.resolve("ganda.jsonl"), """
                {"id": "sama", "text": "Pertama."}
                {"id": "sama", "text": "Kedua."}
                """);

        List<String> ids = ids(items(jsonl.toString()));

        assertThat(ids).containsExactly("sama", ids(items(jsonl.toString())).get(1));
        assertThat(ids.get(1)).isEqualTo("sama-" + Ids.hash(jsonl + ":2"));
    }

    @Test
    void should_stream_ten_thousand_lines_with_unique_ids() {
        Path jsonl = write(
                dir.resolve("besar.jsonl"),
                IntStream.rangeClosed(1, 10_000)
                        .mapToObj(i -> "{\"text\": \"Berita nomor " + i + " dari kantor biro daerah.\"}")
                        .collect(Collectors.joining("\n")));

        try (Stream<BatchItem> stream = TestSources.sources().items(List.of(jsonl.toString()), TestSources.NO_STDIN)) {
            assertThat(stream.map(BatchItem::id).distinct().count()).isEqualTo(10_000);
        }
        try (Stream<BatchItem> stream = TestSources.sources().items(List.of(jsonl.toString()), TestSources.NO_STDIN)) {
            assertThat(stream.skip(9_999).findFirst().orElseThrow().load().content())
                    .isEqualTo("Berita nomor 10000 dari kantor biro daerah.");
        }
    }

    @Test
    void should_read_only_what_the_items_taken_so_far_need() {
        byte[] content = IntStream.rangeClosed(1, 10_000)
                .mapToObj(i ->
                        "{\"id\": \"b" + i + "\", \"text\": \"Berita nomor " + i + " dari kantor biro daerah.\"}\n")
                .collect(Collectors.joining())
                .getBytes(StandardCharsets.UTF_8);
        AtomicLong read = new AtomicLong();
        AtomicBoolean closed = new AtomicBoolean();
        JsonLines lines = new JsonLines(
                "besar.jsonl",
                "besar.jsonl",
                "besar",
                () -> counting(content, read, closed),
                new JsonLine(new ArticleReader()));

        assertThat(read).hasValue(0);
        Iterator<String> ids = Stream.generate(() -> lines)
                .takeWhile(Iterator::hasNext)
                .map(l -> l.next().id())
                .iterator();
        assertThat(List.of(ids.next(), ids.next(), ids.next())).containsExactly("b1", "b2", "b3");

        assertThat(read.get()).isLessThan(content.length / 10);
        lines.close();
        assertThat(closed).isTrue();
    }

    @Test
    void should_close_an_open_jsonl_file_when_the_stream_is_closed_early() {
        byte[] content = "{\"text\": \"Satu.\"}\n{\"text\": \"Dua.\"}\n".getBytes(StandardCharsets.UTF_8);
        AtomicBoolean closed = new AtomicBoolean();
        JsonLines lines = new JsonLines(
                "kecil.jsonl",
                "kecil.jsonl",
                "kecil",
                () -> counting(content, new AtomicLong(), closed),
                new JsonLine(new ArticleReader()));
        Items all = Items.flat(List.of("x").iterator(), x -> lines);

        assertThat(all.next().id()).isEqualTo("kecil-1");
        all.close();

        assertThat(closed).isTrue();
        assertThat(all.hasNext()).isFalse();
    }

    @Test
    void should_fail_one_item_for_a_jsonl_file_that_cannot_be_opened() {
        JsonLines lines = new JsonLines(
                "hilang.jsonl",
                "hilang.jsonl",
                "hilang",
                () -> {
                    throw new java.nio.file.NoSuchFileException("hilang.jsonl");
                },
                new JsonLine(new ArticleReader()));

        Found only = lines.next();

        assertThat(lines.hasNext()).isFalse();
        assertThatThrownBy(() -> only.loader().get())
                .isInstanceOf(InputException.class)
                .hasMessage("no such file or directory: hilang.jsonl");
    }

    private static String failure(BatchItem item) {
        try {
            item.load();
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError(item.id() + " loaded, but should have failed");
    }

    private static InputStream counting(byte[] content, AtomicLong read, AtomicBoolean closed) {
        return new FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                read.addAndGet(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                read.addAndGet(Math.max(n, 0));
                return n;
            }

            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
    }
}
