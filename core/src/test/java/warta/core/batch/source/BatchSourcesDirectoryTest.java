package warta.core.batch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static warta.core.batch.source.TestSources.ids;
import static warta.core.batch.source.TestSources.items;
import static warta.core.batch.source.TestSources.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Source;

class BatchSourcesDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void should_walk_nested_folders_in_name_order_taking_only_supported_files() {
        write(dir.resolve("b-ekonomi.txt"), "Rupiah menguat terhadap dolar.");
        write(dir.resolve("a-politik/sidang.md"), "Sidang paripurna digelar hari ini.");
        write(dir.resolve("a-politik/daerah/pilkada.html"), "<p>Pilkada serentak berlangsung damai.</p>");
        write(dir.resolve("c-olahraga/timnas.htm"), "<p>Timnas menang dua gol tanpa balas.</p>");
        write(dir.resolve("c-olahraga/foto.jpg"), "bukan teks");
        write(dir.resolve("c-olahraga/umpan.xml"), "<rss version=\"2.0\"><channel/></rss>");
        write(dir.resolve("catatan"), "tanpa ekstensi");

        List<BatchItem> items = items(dir.toString());

        assertThat(ids(items)).containsExactly("pilkada", "sidang", "b-ekonomi", "timnas");
        assertThat(items.get(0).source())
                .isEqualTo(
                        Source.file(dir.resolve("a-politik/daerah/pilkada.html").toString()));
        assertThat(items.get(3).load().content()).contains("Timnas menang");
    }

    @Test
    void should_skip_hidden_files_and_folders_such_as_the_batch_ledger() {
        write(dir.resolve("berita.txt"), "Berita yang terlihat.");
        write(dir.resolve(".rahasia.txt"), "Berkas tersembunyi.");
        write(dir.resolve(".warta/ledger.jsonl"), "{\"text\":\"catatan buku besar\"}");
        write(dir.resolve("keluaran/.warta/state.txt"), "status batch");
        write(dir.resolve("lain/hasil.md"), "Hasil terjemahan lain.");

        assertThat(ids(items(dir.toString()))).containsExactly("berita", "hasil");
    }

    @Test
    void should_skip_a_batch_output_folder_inside_the_tree_with_its_results_and_digests() {
        write(dir.resolve("berita.txt"), "Berita yang terlihat.");
        write(dir.resolve("keluaran/.warta/ledger.jsonl"), "{}");
        write(dir.resolve("keluaran/hasil.md"), "Hasil terjemahan.");
        write(dir.resolve("keluaran/digests/2024-06-04.md"), "# Digest");

        assertThat(ids(items(dir.toString()))).containsExactly("berita");
        assertThat(ids(items(dir.resolve("keluaran").toString())))
                .as("named itself, it is walked")
                .contains("hasil");
    }

    @Test
    void should_take_a_hidden_folder_the_user_named() {
        write(dir.resolve(".arsip/lama.txt"), "Berita lama dari arsip.");

        assertThat(ids(items(dir.resolve(".arsip").toString()))).containsExactly("lama");
    }

    @Test
    void should_disambiguate_colliding_ids_by_parent_folder_or_hash_the_same_way_every_run() {
        write(dir.resolve("jakarta/berita.txt"), "Kemacetan di Jakarta berkurang.");
        write(dir.resolve("bandung/berita.txt"), "Bandung diguyur hujan deras.");
        write(dir.resolve("surabaya/berita.txt"), "Surabaya menggelar pameran.");
        write(dir.resolve("berita.txt"), "Berita di folder utama.");

        List<String> first = ids(items(dir.toString()));
        List<String> second = ids(items(dir.toString()));

        // bandung/ sorts first and keeps the plain id; the top-level file has no folder to prefix
        assertThat(first)
                .containsExactly("berita", "berita-" + Ids.hash("berita.txt"), "jakarta-berita", "surabaya-berita");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void should_hash_when_the_parent_prefix_is_taken_too() {
        write(dir.resolve("a/berita.txt"), "Satu.");
        write(dir.resolve("b/a-berita.txt"), "Dua.");
        write(dir.resolve("c/a/berita.txt"), "Tiga.");

        List<String> ids = ids(items(dir.toString()));

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo("berita");
        assertThat(ids.get(1)).isEqualTo("a-berita");
        assertThat(ids.get(2)).isEqualTo("c-a-berita");
        assertThat(ids(items(dir.toString()))).isEqualTo(ids);
    }

    @Test
    void should_keep_ids_unique_across_several_arguments() {
        write(dir.resolve("satu/berita.txt"), "Satu.");
        write(dir.resolve("dua/berita.txt"), "Dua.");

        List<String> ids =
                ids(items(dir.resolve("satu").toString(), dir.resolve("dua").toString()));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates().first().isEqualTo("berita");
    }

    @Test
    void should_not_loop_on_a_symbolic_link_to_an_ancestor() throws IOException {
        write(dir.resolve("kota/berita.txt"), "Berita kota.");
        Files.createSymbolicLink(dir.resolve("kota/putaran"), dir);

        assertThat(ids(items(dir.toString()))).containsExactly("berita");
    }

    @Test
    void should_list_a_folder_only_when_the_walk_reaches_it() {
        write(dir.resolve("a/pertama.txt"), "Berita pertama.");
        write(dir.resolve("z/kedua.txt"), "Berita kedua.");

        try (Stream<BatchItem> stream = TestSources.sources().items(List.of(dir.toString()), TestSources.NO_STDIN)) {
            Iterator<BatchItem> items = stream.iterator();
            assertThat(items.next().id()).isEqualTo("pertama");

            write(dir.resolve("z/baru-masuk.txt"), "Ditulis setelah walk dimulai.");

            assertThat(items.next().id()).isEqualTo("baru-masuk");
            assertThat(items.next().id()).isEqualTo("kedua");
            assertThat(items.hasNext()).isFalse();
        }
    }

    @Test
    void should_yield_the_first_of_many_files_without_walking_the_rest() {
        for (int i = 0; i < 300; i++) {
            write(dir.resolve(String.format("folder-%03d/berita-%03d.txt", i, i)), "Berita nomor " + i + ".");
        }

        try (Stream<BatchItem> stream = TestSources.sources().items(List.of(dir.toString()), TestSources.NO_STDIN)) {
            Iterator<BatchItem> items = stream.iterator();
            assertThat(items.next().id()).isEqualTo("berita-000");

            write(dir.resolve("folder-299/berita-299.txt"), "Berita yang diubah belakangan.");
            deleteTree(dir.resolve("folder-150"));

            List<BatchItem> rest = Stream.generate(() -> items)
                    .takeWhile(Iterator::hasNext)
                    .map(Iterator::next)
                    .toList();
            assertThat(rest).hasSize(298);
            assertThat(rest.get(rest.size() - 1).load().content()).isEqualTo("Berita yang diubah belakangan.");
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
