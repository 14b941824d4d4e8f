package warta.core.batch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static warta.core.batch.source.TestSources.ids;
import static warta.core.batch.source.TestSources.items;
import static warta.core.batch.source.TestSources.stdin;
import static warta.core.batch.source.TestSources.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;
import warta.core.read.ArticleReader;

class BatchSourcesFileTest {

    @TempDir
    Path dir;

    @Test
    void should_make_one_item_per_article_file_with_its_stem_as_id() {
        Path txt = write(dir.resolve("Gempa Cianjur.txt"), "Gempa mengguncang Cianjur pada Senin siang.");
        Path md = write(dir.resolve("pemilu.md"), "# Pemilu\n\nPemungutan suara berjalan lancar.");
        Path html = write(dir.resolve("banjir.html"), TestSources.fixture("artikel.html", ""));
        Path htm = write(dir.resolve("kereta.HTM"), "<html><body><p>Kereta cepat mulai beroperasi.</p></body></html>");

        List<BatchItem> items = items(txt.toString(), md.toString(), html.toString(), htm.toString());

        assertThat(ids(items)).containsExactly("gempa-cianjur", "pemilu", "banjir", "kereta");
        assertThat(items.get(0).source()).isEqualTo(Source.file(txt.toString()));
        assertThat(items.get(0).load().content()).isEqualTo("Gempa mengguncang Cianjur pada Senin siang.");
        assertThat(items.get(1).load().format()).isEqualTo(Article.Format.TEXT);
        assertThat(items.get(2).load().format()).isEqualTo(Article.Format.HTML);
        assertThat(items.get(3).load().content()).contains("Kereta cepat");
    }

    @Test
    void should_count_the_items_of_local_sources_and_not_guess_for_urls_lists_or_stdin() {
        Path folder = dir.resolve("masuk");
        write(folder.resolve("banjir.txt"), "Banjir di Bekasi.");
        write(folder.resolve("daerah/cabai.md"), "Harga cabai naik.");
        Path lines =
                write(dir.resolve("kiriman.jsonl"), "{\"text\": \"Satu.\"}\n\n{\"url\": \"https://a.example/b\"}\n");
        Path feeds = write(dir.resolve("langganan.feeds"), "https://a.example/rss\n");

        BatchSources sources = TestSources.sources();

        assertThat(sources.count(List.of(folder.toString(), lines.toString()))).hasValue(4);
        assertThat(sources.count(List.of(folder.toString(), "https://a.example/rss")))
                .isEmpty();
        assertThat(sources.count(List.of(feeds.toString()))).isEmpty();
        assertThat(sources.count(List.of("-"))).isEmpty();
    }

    @Test
    void should_not_read_a_file_before_its_item_is_loaded() {
        Path txt = write(dir.resolve("nanti.txt"), "Isi lama.");
        List<BatchItem> items = items(txt.toString());

        write(txt, "Isi baru yang ditulis kemudian.");

        assertThat(items.get(0).load().content()).isEqualTo("Isi baru yang ditulis kemudian.");
    }

    @Test
    void should_yield_a_failing_item_naming_the_supported_extensions_for_another_file() {
        Path pdf = write(dir.resolve("laporan.pdf"), "%PDF-1.4");

        List<BatchItem> items = items(pdf.toString());

        assertThat(ids(items)).containsExactly("laporan");
        assertThatThrownBy(items.get(0)::load)
                .isInstanceOf(InputException.class)
                .hasMessage(pdf + " is not a supported kind of file; supported extensions: "
                        + ".txt, .md, .html, .htm, .jsonl, .xml, .rss, .atom, .feeds");
    }

    @Test
    void should_yield_a_failing_item_for_a_path_that_does_not_exist() {
        String missing = dir.resolve("hilang/berita-hilang.txt").toString();

        List<BatchItem> items = items(missing);

        assertThat(ids(items)).containsExactly("berita-hilang");
        assertThat(items.get(0).source()).isEqualTo(Source.file(missing));
        assertThatThrownBy(items.get(0)::load)
                .isInstanceOf(InputException.class)
                .hasMessage("no such file or directory: " + missing);
    }

    @Test
    void should_yield_a_failing_item_for_a_url_scheme_other_than_http() {
        List<BatchItem> items = items("ftp://arsip.example/berita.txt");

        assertThatThrownBy(items.get(0)::load).hasMessage("not an http or https URL: ftp://arsip.example/berita.txt");
    }

    @Test
    void should_read_paths_listed_on_stdin_skipping_blanks_and_comments() {
        Path a = write(dir.resolve("a.txt"), "Berita pertama dari Aceh.");
        Path b = write(dir.resolve("sub/b.md"), "Berita kedua dari Bali.");
        Path c = write(dir.resolve("c.txt"), "Berita ketiga dari Cirebon.");
        String list = "# daftar berita\n" + a + "\n\n   " + b + "  \n# selesai\n" + dir.resolve("tidak-ada.txt") + "\n";

        List<BatchItem> items = items(List.of(c.toString(), "-"), stdin(list));

        assertThat(ids(items)).containsExactly("c", "a", "b", "tidak-ada");
        assertThat(items.get(2).load().content()).isEqualTo("Berita kedua dari Bali.");
        assertThatThrownBy(items.get(3)::load).hasMessageStartingWith("no such file or directory: ");
    }

    @Test
    void should_treat_stdin_lines_as_paths_not_as_article_text() {
        List<BatchItem> items = items(List.of("-"), stdin("Presiden meresmikan bendungan baru.\n"));

        assertThat(items).hasSize(1);
        assertThatThrownBy(items.get(0)::load)
                .hasMessage("no such file or directory: Presiden meresmikan bendungan baru.");
    }

    @Test
    void should_refuse_a_dash_listed_on_stdin() {
        List<BatchItem> items = items(List.of("-"), stdin("-\n"));

        assertThat(ids(items)).containsExactly("stdin");
        assertThatThrownBy(items.get(0)::load).hasMessageContaining("'-' cannot be listed on standard input");
    }

    @Test
    void should_disambiguate_the_same_file_named_twice() {
        Path txt = write(dir.resolve("ulang.txt"), "Berita yang sama dua kali.");

        List<BatchItem> items = items(txt.toString(), txt.toString());

        assertThat(ids(items)).hasSize(2).doesNotHaveDuplicates().first().isEqualTo("ulang");
        assertThat(ids(items).get(1))
                .isEqualTo(ids(items(txt.toString(), txt.toString())).get(1));
    }

    @Test
    void should_do_no_io_until_the_stream_is_consumed() {
        var sources = TestSources.sources();

        try (var stream = sources.items(List.of(dir.resolve("belum-ada.txt").toString()), TestSources.NO_STDIN)) {
            write(dir.resolve("belum-ada.txt"), "Ditulis setelah aliran dibuat.");

            assertThat(stream.findFirst().orElseThrow().load().content()).isEqualTo("Ditulis setelah aliran dibuat.");
        }
    }

    @Test
    void may_be_shared_across_threads_each_with_its_own_stream() throws Exception {
        for (int i = 0; i < 20; i++) {
            write(dir.resolve("kota-" + (i % 4) + "/berita.txt"), "Berita nomor " + i + ".");
        }
        BatchSources shared = TestSources.sources();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Callable<List<String>> walk = () -> {
                try (var stream = shared.items(List.of(dir.toString()), TestSources.NO_STDIN)) {
                    return stream.map(BatchItem::id).toList();
                }
            };
            var futures = pool.invokeAll(java.util.Collections.nCopies(8, walk));
            List<String> expected = futures.get(0).get();
            assertThat(expected).hasSize(4).doesNotHaveDuplicates();
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_refuse_before_any_work_a_source_that_cannot_be_used_at_all() {
        BatchSources sources = new BatchSources(new ArticleReader());
        Path there = write(dir.resolve("ada.txt"), "Berita yang ada.");
        String missing = dir.resolve("hilang.txt").toString();

        sources.check(List.of(there.toString(), dir.toString(), "-", "https://berita.example/rss"));
        assertThatThrownBy(() -> sources.check(List.of(there.toString(), missing)))
                .isInstanceOf(InputException.class)
                .hasMessage("no such file or directory: " + missing);
        assertThatThrownBy(() -> sources.check(List.of("ftp://arsip.example/berita.txt")))
                .hasMessage("not an http or https URL: ftp://arsip.example/berita.txt");
    }
}
