package warta.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import warta.core.Fixtures;

class CleanerTest {

    private final Cleaner cleaner = Cleaner.indonesianNews();

    @Test
    void should_remove_the_boilerplate_of_a_scraped_page_with_reasons() {
        Cleaned cleaned = cleaner.clean(Paragraphs.split(Fixtures.load("medcom-style.txt")));

        assertThat(cleaned.removed())
                .extracting(Removal::text, Removal::reason)
                .containsExactly(
                        tuple(
                                "Gubernur Jawa Barat meninjau tanggul yang jebol di Bekasi, 3 Maret 2025. (Rizky Pratama / ANTARA FOTO)",
                                Removal.DUPLICATE),
                        tuple("Baca juga: Banjir Bekasi Rendam Ribuan Rumah Warga", Removal.RELATED_LINK),
                        tuple("Cek Berita dan Artikel yang lain di", Removal.PROMOTION),
                        tuple("Google News", Removal.PROMOTION),
                        tuple("TERKAIT", Removal.BOILERPLATE),
                        tuple("BERITA LAINNYA", Removal.BOILERPLATE),
                        tuple("FOLLOW US", Removal.PROMOTION),
                        tuple("Ikuti media sosial medcom.id dan dapatkan berbagai keuntungan", Removal.PROMOTION));
        assertThat(cleaned.paragraphs())
                .contains(
                        "Terkait hal itu, pemerintah kabupaten diminta mendata rumah warga yang rusak agar bantuan tepat sasaran.");
    }

    @Test
    void should_never_remove_a_sentence_that_starts_like_a_heading() {
        List<String> content = List.of(
                "Terkait hal itu, pemerintah akan menambah anggaran.",
                "Berita lainnya menyebutkan harga beras turun pekan ini.",
                "Ikuti perkembangan kasus ini, kata jaksa, karena sidang dilanjutkan Senin.",
                "Komentar itu disampaikan menteri di Jakarta.");
        assertThat(cleaner.clean(content).paragraphs()).containsExactlyElementsOf(content);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Baca juga: Harga Beras Turun",
                "BACA JUGA: Harga Beras Turun",
                "baca juga Harga Beras Turun",
                "Baca Juga - Harga Beras Turun",
                "SIMAK JUGA: Harga Beras Turun",
                "Lihat Juga: Harga Beras Turun",
                "Baca_Juga",
                "Baca juga:"
            })
    void should_remove_related_links_in_any_case_with_or_without_colon(String line) {
        Cleaned cleaned = cleaner.clean(List.of("Harga cabai naik.", line));
        assertThat(cleaned.paragraphs()).containsExactly("Harga cabai naik.");
        assertThat(cleaned.removed())
                .singleElement()
                .extracting(Removal::reason)
                .isEqualTo(Removal.RELATED_LINK);
    }

    @Test
    void should_keep_the_text_after_a_long_related_link_paragraph() {
        String story =
                "Pemerintah akan menggelar operasi pasar di dua puluh titik mulai pekan depan, kata kepala dinas, "
                        + "dan operasi itu berlangsung selama dua minggu penuh di seluruh kabupaten dan kota di Jawa Timur "
                        + "untuk menahan kenaikan harga cabai dan bawang merah menjelang bulan Ramadan tahun ini.";
        Cleaned cleaned = cleaner.clean(List.of("Baca juga: Harga Beras Turun di Surabaya. " + story));
        assertThat(cleaned.paragraphs()).containsExactly(story);
        assertThat(cleaned.removed())
                .extracting(Removal::text)
                .containsExactly("Baca juga: Harga Beras Turun di Surabaya.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Comments",
                "Loading…",
                "Loading...",
                "Forum",
                "Advertisement",
                "Scroll to continue with content",
                "SCROLL TO CONTINUE",
                "Share:",
                "Bagikan artikel ini",
                "Subscribe untuk berita terbaru",
                "***",
                "Cek Berita dan Artikel yang lain di Google News",
                "Cek berita dan artikel yg lain di Google News",
                "Cek berita dan artikel yg lain di",
                "Simak berita dan artikel lainnya di Google News, jangan lupa follow dan aktifkan notifikasinya ya.",
                "Yuk, ikuti juga berita terkini dan informasi menarik lainnya dari Kabar Nusantara di Google News,"
                        + " klik di sini.",
                "Dapatkan update berita pilihan setiap hari dengan mengikuti kami melalui Google News.",
                "Ikuti kami di Instagram @kabarnusantara"
            })
    void should_remove_page_furniture(String line) {
        assertThat(cleaner.clean(List.of("Harga cabai naik.", line)).paragraphs())
                .containsExactly("Harga cabai naik.");
    }

    @Test
    void should_remove_the_headline_list_after_a_related_heading() {
        Cleaned cleaned = cleaner.clean(List.of(
                "Harga cabai naik.",
                "BERITA TERKAIT",
                "Harga Beras Stabil di Surabaya",
                "Operasi Pasar Digelar Pekan Depan",
                "Pedagang mengeluhkan sepinya pembeli sejak pagi."));
        assertThat(cleaned.paragraphs())
                .containsExactly("Harga cabai naik.", "Pedagang mengeluhkan sepinya pembeli sejak pagi.");
        assertThat(cleaned.removed())
                .extracting(Removal::reason)
                .containsExactly(Removal.BOILERPLATE, Removal.RELATED_LINK, Removal.RELATED_LINK);
    }

    @Test
    void should_keep_a_subheading_inside_the_body() {
        List<String> body = List.of("Harga cabai naik.", "Rencana Operasi Pasar", "Operasi pasar digelar pekan depan.");
        assertThat(cleaner.clean(body).paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void should_keep_a_news_sentence_about_google_news() {
        List<String> body = List.of("Google meluncurkan fitur baru di Google News untuk penerbit lokal pekan ini.");
        assertThat(cleaner.clean(body).paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void should_remove_a_repeated_line_ignoring_case_and_spacing() {
        Cleaned cleaned = cleaner.clean(List.of("Foto bersama di Istana.", "Isi berita.", "FOTO  BERSAMA di istana."));
        assertThat(cleaned.paragraphs()).containsExactly("Foto bersama di Istana.", "Isi berita.");
        assertThat(cleaned.removed()).extracting(Removal::reason).containsExactly(Removal.DUPLICATE);
    }

    @Test
    void should_remove_a_publisher_blurb() {
        Cleaned cleaned = cleaner.clean(List.of(
                "Isi berita.",
                "KabarTekno.id adalah portal berita startup dan teknologi. Kamu bisa menjadi member komunitas kami."));
        assertThat(cleaned.removed()).extracting(Removal::reason).containsExactly(Removal.PROMOTION);
    }

    @Test
    void should_normalise_the_spacing_of_what_it_keeps_but_not_its_quotes() {
        assertThat(cleaner.clean(List.of("  \u201CKami  siap,\u201D\u00A0kata dia. ", "``Ayo,'' seru Ma\u2019ruf."))
                        .paragraphs())
                .containsExactly("\u201CKami siap,\u201D kata dia.", "``Ayo,'' seru Ma\u2019ruf.");
    }

    @Test
    void should_remove_a_repeated_line_that_differs_only_in_quote_style() {
        Cleaned cleaned = cleaner.clean(List.of("\u201CKami siap,\u201D kata dia.", "\"Kami siap,\" kata dia."));
        assertThat(cleaned.paragraphs()).containsExactly("\u201CKami siap,\u201D kata dia.");
        assertThat(cleaned.removed()).extracting(Removal::reason).containsExactly(Removal.DUPLICATE);
    }

    @Test
    void should_keep_the_text_after_a_related_link_that_ends_in_a_curly_quote() {
        String story =
                "\u201CPemerintah akan menggelar operasi pasar di dua puluh titik mulai pekan depan,\u201D kata kepala"
                        + " dinas, dan operasi itu berlangsung selama dua minggu penuh di seluruh kabupaten dan kota di"
                        + " Jawa Timur untuk menahan kenaikan harga cabai dan bawang merah menjelang bulan Ramadan.";
        Cleaned cleaned = cleaner.clean(List.of("Baca juga: \u201CHarga Beras Turun di Surabaya.\u201D " + story));
        assertThat(cleaned.paragraphs()).containsExactly(story);
    }

    @Test
    void should_give_the_same_result_when_shared_across_threads() throws Exception {
        List<String> input = Paragraphs.split(Fixtures.load("medcom-style.txt"));
        Cleaned expected = cleaner.clean(input);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Cleaned>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> cleaner.clean(input)));
            }
            for (Future<Cleaned> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Baca juga -", "Baca juga :", "Baca juga:\u2028x", "Baca juga \u2028 Judul", "BACA JUGA \u0085"})
    void should_remove_a_related_link_however_its_label_is_spaced(String line) {
        assertThat(cleaner.clean(List.of("Harga cabai naik.", line)).paragraphs())
                .containsExactly("Harga cabai naik.");
    }

    @Test
    void should_keep_a_label_followed_by_line_separators_and_read_it_in_linear_time() {
        String line = "Baca juga" + "\u2028".repeat(100_000) + "x\u2028y";

        Cleaned cleaned = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> cleaner.clean(List.of("Harga cabai naik.", line)));

        assertThat(cleaned.paragraphs()).hasSize(2);
    }
}
