package warta.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void should_extract_body_paragraphs_in_order() {
        Page page = extractor.extract(fixture("berita-p.html"), "https://warta.example/bisnis/beras");

        assertThat(page.paragraphs())
                .containsExactly(
                        "Jakarta - Harga beras di sejumlah pasar tradisional di Jakarta naik menjelang bulan Ramadan, "
                                + "menurut pedagang yang ditemui pada Jumat pagi.",
                        "\"Kenaikannya sekitar Rp 1.000 per kilogram dibanding pekan lalu,\" kata Budi, seorang pedagang "
                                + "di Pasar Induk Cipinang.",
                        "Pasokan dari daerah",
                        "Menurut Budi, pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur berkurang karena musim "
                                + "tanam mundur akibat cuaca.",
                        "Pemerintah berjanji akan menggelar operasi pasar di Jakarta dan kota besar lain pekan depan.",
                        "Beras medium naik menjadi Rp 13.000 per kilogram.",
                        "Beras premium naik menjadi Rp 15.500 per kilogram.");
    }

    @Test
    void should_leave_out_page_chrome() {
        String text = extractor.extract(fixture("berita-p.html"), null).text();

        assertThat(text)
                .doesNotContain(
                        "IKLAN",
                        "Advertisement",
                        "Facebook",
                        "Berita Terkait",
                        "Stok Gula",
                        "Terpopuler",
                        "komentar",
                        "Hak cipta",
                        "dataLayer",
                        "Baca juga",
                        "Harga Cabai",
                        "Bisnis");
    }

    @Test
    void should_read_title_without_site_suffix_and_meta() {
        Page page = extractor.extract(fixture("berita-p.html"), null);

        assertThat(page.title()).isEqualTo("Harga Beras Naik Jelang Ramadan");
        assertThat(page.meta())
                .isEqualTo(new PageMeta(
                        "Warta Contoh",
                        "2024-03-01T08:15:00+07:00",
                        "Siti Rahma",
                        "Harga beras di pasar tradisional naik."));
    }

    @Test
    void should_split_br_separated_text_into_paragraphs() {
        Page page = extractor.extract(fixture("berita-br.html"), null);

        assertThat(page.paragraphs())
                .containsExactly(
                        "Mataram - Gempa berkekuatan 5,2 magnitudo mengguncang Lombok Utara pada Sabtu siang, warga "
                                + "berhamburan keluar rumah.",
                        "Badan Meteorologi menyebut pusat gempa berada di laut pada kedalaman 10 kilometer dan tidak "
                                + "berpotensi tsunami.",
                        "\"Kami minta warga tetap tenang dan menjauhi bangunan yang retak,\" kata kepala badan "
                                + "penanggulangan bencana daerah.",
                        "Hingga sore hari belum ada laporan korban jiwa, tetapi beberapa rumah dilaporkan rusak ringan.");
    }

    @Test
    void should_prefer_a_br_separated_body_to_a_long_list_of_teaser_cards() {
        StringBuilder html = new StringBuilder("<html><body><div id=\"konten\"><div class=\"isi\">");
        for (int i = 1; i <= 5; i++) {
            html.append("Paragraf ")
                    .append(i)
                    .append(": pemerintah kota membuka posko banjir baru di kecamatan pesisir dan menyiapkan perahu")
                    .append(" karet serta dapur umum bagi warga yang mengungsi sejak Senin malam.<br><br>");
        }
        html.append("</div></div><div class=\"samping\"><h2>Berita Terkini</h2><ul>");
        for (int i = 1; i <= 36; i++) {
            html.append("<li><div class=\"foto\"><img src=\"/f")
                    .append(i)
                    .append(".jpg\"></div><div class=\"judul\"><h4><a href=\"/berita/")
                    .append(i)
                    .append("\">Judul berita terkini nomor ")
                    .append(i)
                    .append(" tentang peristiwa hari ini</a></h4><span>Kabar Nusantara, 2 jam lalu</span></div></li>");
        }
        html.append("</ul></div></body></html>");

        Page page = extractor.extract(html.toString(), "https://warta.example/banjir");

        assertThat(page.paragraphs()).hasSize(5);
        assertThat(page.paragraphs().getFirst()).startsWith("Paragraf 1: pemerintah kota");
    }

    @Test
    void should_fall_back_to_title_tag_and_strip_suffix_that_looks_like_a_site() {
        Page page = extractor.extract(fixture("berita-br.html"), null);

        assertThat(page.title()).isEqualTo("Gempa Guncang Lombok");
        assertThat(page.meta().published()).isEqualTo("2024-02-10 14:02:00");
        assertThat(page.meta().siteName()).isNull();
    }

    @Test
    void should_keep_textual_promo_that_is_not_only_links() {
        String html = "<html><body><div><p>Presiden meresmikan jembatan baru di Kalimantan Timur pada hari Senin.</p>"
                + "<p>Baca juga berita lain di halaman depan kami, tanpa tautan.</p></div></body></html>";

        assertThat(extractor.extract(html, null).paragraphs())
                .contains("Baca juga berita lain di halaman depan kami, tanpa tautan.");
    }

    @Test
    void should_keep_paragraph_with_a_link_inside_prose() {
        String html =
                "<p>Menurut <a href='/p'>Presiden</a>, jembatan itu akan mempercepat arus barang di wilayah timur.</p>";

        assertThat(extractor.extract(html, null).paragraphs())
                .containsExactly("Menurut Presiden, jembatan itu akan mempercepat arus barang di wilayah timur.");
    }

    @Test
    void should_use_captions_when_page_is_a_gallery() {
        String html = "<html><body><div class='gallery'><figure><img src='a.jpg'><figcaption>Warga menonton "
                + "pawai budaya di Solo pada Minggu pagi, ribuan orang memadati jalan utama kota.</figcaption>"
                + "</figure></div></body></html>";

        assertThat(extractor.extract(html, null).paragraphs())
                .singleElement()
                .asString()
                .startsWith("Warga menonton");
    }

    @Test
    void should_return_empty_page_for_markup_without_text() {
        Page page = extractor.extract("<html><head></head><body><script>x()</script></body></html>", null);

        assertThat(page.title()).isNull();
        assertThat(page.paragraphs()).isEmpty();
        assertThat(page.meta()).isEqualTo(PageMeta.empty());
    }

    @Test
    void should_be_shareable_across_threads() throws Exception {
        String html = fixture("berita-p.html");
        List<String> expected = extractor.extract(html, null).paragraphs();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Page>> pages = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> extractor.extract(html, null)))
                    .toList();
            for (Future<Page> page : pages) {
                assertThat(page.get().paragraphs()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String fixture(String name) {
        try (InputStream in = HtmlExtractorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void should_read_a_long_run_of_punctuation_before_a_link_in_linear_time() {
        String run = ".".repeat(100_000);
        String html = "<article><p>Isi berita yang panjang dan lengkap tentang banjir di kota.</p><p>" + run
                + "x <a href=\"/a\">tautan</a></p><p>Baca juga: <a href=\"/b\">Judul lain</a></p></article>";

        Page page = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(html, null));

        assertThat(page.paragraphs())
                .containsExactly("Isi berita yang panjang dan lengkap tentang banjir di kota.", run + "x tautan");
    }

    @Test
    void should_score_thousands_of_nested_wrappers_in_time() {
        String html = "<article><p>Isi berita yang panjang dan lengkap tentang banjir di kota.</p>"
                + "<div><span>".repeat(50_000) + "teks</article>";

        Page page = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> extractor.extract(html, null));

        assertThat(page.paragraphs()).contains("Isi berita yang panjang dan lengkap tentang banjir di kota.");
    }
}
