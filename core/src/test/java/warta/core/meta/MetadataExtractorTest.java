package warta.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import warta.core.Fixtures;
import warta.core.clean.Cleaner;
import warta.core.clean.Paragraphs;
import warta.core.clean.Removal;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private Described describe(String... paragraphs) {
        return extractor.extract(List.of(paragraphs), MetadataHints.none());
    }

    @Test
    void should_read_everything_a_medcom_style_page_says_about_itself() {
        List<String> cleaned = Cleaner.indonesianNews()
                .clean(Paragraphs.split(Fixtures.load("medcom-style.txt")))
                .paragraphs();

        Described described = extractor.extract(cleaned, MetadataHints.none());

        Metadata m = described.metadata();
        assertThat(m.title()).isEqualTo("Pemprov Jabar Siapkan Rp50 Miliar untuk Perbaikan Tanggul Bekasi");
        assertThat(m.outlet()).isEqualTo("Medcom");
        assertThat(m.dateline()).isEqualTo("Bandung");
        assertThat(m.published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(m.byline()).isEqualTo("Dewi Lestari");
        assertThat(m.editorTags()).containsExactly("RDN");
        assertThat(m.captions())
                .containsExactly(
                        "Gubernur Jawa Barat meninjau tanggul yang jebol di Bekasi, 3 Maret 2025. (Rizky Pratama / ANTARA FOTO)");
        assertThat(described.paragraphs()).hasSize(4);
        assertThat(described.paragraphs().getFirst()).startsWith("Bandung: Pemerintah Provinsi");
        assertThat(described.paragraphs().getLast()).endsWith("di Gedung Sate.");
        assertThat(described.removed())
                .extracting(Removal::reason)
                .containsExactly(Removal.CAPTION, Removal.TITLE, Removal.METADATA, Removal.BYLINE, Removal.BYLINE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "JAKARTA, KOMPAS.com - Presiden meresmikan jalan tol. | JAKARTA | KOMPAS.com | -",
                "Jakarta, CNN Indonesia -- Harga emas naik. | Jakarta | CNN Indonesia | -",
                "Wamena (ANTARA News)-Pemerintah kabupaten mendatangkan tim. | Wamena | ANTARA News | -",
                "Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan. | Mataram, NTB | ANTARA News | -",
                "JAKARTA (Pos Kota) – Polisi memeriksa saksi. | JAKARTA | Pos Kota | -",
                "Liputan6.com, Jakarta - Harga cabai naik. | Jakarta | Liputan6.com | -",
                "JUARA.NET, TOKYO - Ganda putra melaju. | TOKYO | JUARA.NET | -",
                "Himalayapost.id – Moskow, 18 Januari 2024 – Rusia dan Korea Utara sepakat. | Moskow | Himalayapost.id | 2024-01-18",
                "Suara.com - Cerita sekuel film bocor. | - | Suara.com | -",
                "SPANYOL – Barcelona menang besar. | SPANYOL | - | -"
            })
    void should_read_the_dateline_and_keep_it_in_the_text(String first, String place, String outlet, LocalDate date) {
        Described described = describe(first, "Paragraf kedua berisi berita.");
        assertThat(described.metadata().dateline()).isEqualTo(place);
        assertThat(described.metadata().outlet()).isEqualTo(outlet);
        assertThat(described.metadata().published()).isEqualTo(date);
        assertThat(described.paragraphs().getFirst()).isEqualTo(first);
    }

    @Test
    void should_leave_unknown_fields_null_rather_than_guess() {
        Described described = describe(
                "Rusia meningkatkan hubungan dengan Korea Utara, kata juru bicara Kremlin pada Rabu, 17 Januari 2024.",
                "Putin: kerja sama akan diperluas tahun ini.");
        Metadata m = described.metadata();
        assertThat(m.title()).isNull();
        assertThat(m.outlet()).isNull();
        assertThat(m.dateline()).isNull();
        assertThat(m.published()).as("a date in the body is not a dateline").isNull();
        assertThat(m.byline()).isNull();
        assertThat(m.editorTags()).isEmpty();
        assertThat(described.removed()).isEmpty();
    }

    @Test
    void should_never_drop_a_short_paragraph_that_merely_starts_with_an_outlet_and_date() {
        Described described = describe("Himalayapost.id – Moskow, 18 Januari 2024 – Rusia sepakat.", "Isi kedua.");
        assertThat(described.paragraphs()).hasSize(2);
        assertThat(described.removed()).isEmpty();
    }

    @Test
    void should_not_read_a_speaker_as_a_dateline() {
        assertThat(describe("Peskov: Kami siap bekerja sama.", "Paragraf kedua.")
                        .metadata()
                        .dateline())
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Isi berita terakhir. [SB] | Isi berita terakhir. | - | SB",
                "Isi berita terakhir. [ab/ns] | Isi berita terakhir. | - | ab/ns",
                "Isi berita terakhir. (rah/rah) | Isi berita terakhir. | - | rah/rah",
                "Isi berita terakhir. (Yendhi/win) | Isi berita terakhir. | - | Yendhi/win",
                "Isi berita terakhir. (Atika Pusagawanti) | Isi berita terakhir. | Atika Pusagawanti | -",
                "\"Kami siap,\" katanya. [Priscilla Trisna] | \"Kami siap,\" katanya. | Priscilla Trisna | -",
                "Hasil akhir: Indonesia vs Korea (tidak dimainkan) | Hasil akhir: Indonesia vs Korea (tidak dimainkan) | - | -",
                "Hubungan itu dibahas pada Sabtu (14/9) | Hubungan itu dibahas pada Sabtu (14/9) | - | -",
                "Ia bertemu perwakilan Badan Pusat Statistik (Badan Pusat) | Ia bertemu perwakilan Badan Pusat Statistik (Badan Pusat) | - | -"
            })
    void should_take_author_and_editor_tags_off_the_end(String last, String kept, String byline, String tag) {
        Described described = describe("Paragraf pertama.", last);
        assertThat(described.paragraphs()).containsExactly("Paragraf pertama.", kept);
        assertThat(described.metadata().byline()).isEqualTo(byline);
        assertThat(described.metadata().editorTags()).isEqualTo(tag == null ? List.of() : List.of(tag));
    }

    @Test
    void should_prefer_page_meta_tags_over_the_text() {
        MetadataHints hints =
                new MetadataHints("Judul Dari Halaman", "Kabar Nusantara", "2025-02-20T08:30:00+07:00", "Sri Wahyuni");
        Described described =
                extractor.extract(List.of("Judul dari halaman", "JAKARTA, KOMPAS.com - Isi berita."), hints);
        Metadata m = described.metadata();
        assertThat(m.title()).isEqualTo("Judul Dari Halaman");
        assertThat(m.outlet()).isEqualTo("Kabar Nusantara");
        assertThat(m.published()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(m.byline()).isEqualTo("Sri Wahyuni");
        assertThat(m.dateline()).isEqualTo("JAKARTA");
        assertThat(described.paragraphs()).containsExactly("JAKARTA, KOMPAS.com - Isi berita.");
    }

    @Test
    void should_read_a_name_tag_after_a_closing_curly_quote() {
        Described described = describe(
                "Isi berita pertama.", "\u201CKami siap bekerja,\u201D ujarnya. \u201CAyo.\u201D (Rina Marlina)");
        assertThat(described.metadata().byline()).isEqualTo("Rina Marlina");
        assertThat(described.paragraphs())
                .containsExactly("Isi berita pertama.", "\u201CKami siap bekerja,\u201D ujarnya. \u201CAyo.\u201D");
    }

    @Test
    void should_read_a_lone_credit_label_with_the_name_on_the_next_line() {
        Described described = describe(
                "Isi berita pertama.", "Penulis", ": Budi Santoso", "Editor", ": Rina Marlina", "Sumber", ": Antara");
        assertThat(described.metadata().byline()).isEqualTo("Budi Santoso");
        assertThat(described.metadata().editorTags()).containsExactly("Rina Marlina");
        assertThat(described.paragraphs()).containsExactly("Isi berita pertama.");
    }

    @Test
    void should_keep_a_label_word_that_is_part_of_the_text() {
        Described described = describe("Isi berita pertama.", "Sumber", "Air bersih menjadi sumber kehidupan warga.");
        assertThat(described.paragraphs())
                .containsExactly("Isi berita pertama.", "Sumber", "Air bersih menjadi sumber kehidupan warga.");
    }

    @Test
    void should_never_take_a_web_address_or_a_company_for_a_byline() {
        Described fromText = describe("Isi berita pertama.", "Penulis: Kompas.com", "Oleh: PT Kabar Media Tbk");
        assertThat(fromText.metadata().byline()).isNull();
        assertThat(fromText.paragraphs()).containsExactly("Isi berita pertama.");

        MetadataHints hints = new MetadataHints(null, null, null, "https://www.facebook.com/kabarnusantara");
        Described fromMeta = extractor.extract(List.of("Isi berita pertama.", "Penulis: Sri Wahyuni"), hints);
        assertThat(fromMeta.metadata().byline()).isEqualTo("Sri Wahyuni");
        assertThat(MetadataExtractor.isPersonName("Sri Wahyuni")).isTrue();
        assertThat(MetadataExtractor.isPersonName("PT. Kabar Nusantara")).isFalse();
        assertThat(MetadataExtractor.isPersonName("kabar.co.id")).isFalse();
    }

    @Test
    void should_keep_the_captions_of_a_gallery_as_its_body() {
        List<String> captions = List.of(
                "Warga mengungsi dengan perahu karet di Bekasi, Senin (1/1/2024). (ANTARA FOTO/Budi Santoso)",
                "Relawan membagikan makanan di posko pengungsian. (ANTARA FOTO/Budi Santoso)",
                "Air mulai surut pada Selasa pagi. (ANTARA FOTO/Budi Santoso)");
        List<String> page = new java.util.ArrayList<>(List.of("Banjir Rendam Ribuan Rumah di Bekasi"));
        page.addAll(captions);

        Described described = describe(page.toArray(String[]::new));

        assertThat(described.metadata().title()).isEqualTo("Banjir Rendam Ribuan Rumah di Bekasi");
        assertThat(described.paragraphs()).containsExactlyElementsOf(captions);
        assertThat(described.metadata().captions()).isEmpty();
    }

    @Test
    void should_still_take_captions_out_of_an_article_with_a_body() {
        Described described =
                describe("Warga mengungsi dengan perahu karet. (ANTARA FOTO/Budi Santoso)", "Isi berita pertama.");
        assertThat(described.paragraphs()).containsExactly("Isi berita pertama.");
        assertThat(described.metadata().captions()).hasSize(1);
    }

    @Test
    void should_read_credit_lines() {
        Described described = describe("Isi berita pertama.", "Penulis: Budi Santoso", "Editor: Rina Marlina");
        assertThat(described.metadata().byline()).isEqualTo("Budi Santoso");
        assertThat(described.metadata().editorTags()).containsExactly("Rina Marlina");
        assertThat(described.paragraphs()).containsExactly("Isi berita pertama.");
    }

    @Test
    void should_not_take_a_lone_sentence_as_the_title() {
        Described described = describe("Harga cabai naik tajam di pasar.", "Pedagang mengeluh.");
        assertThat(described.metadata().title()).isNull();
        assertThat(described.paragraphs()).hasSize(2);
    }

    @Test
    void should_read_outlet_date_and_credit_lines_around_any_spacing() {
        Described described = describe(
                "Isi berita yang panjang tentang banjir di kota dan warga yang mengungsi.",
                "Kompas -  Senin, 17 Januari 2024",
                "Penulis :  Budi Santoso");

        assertThat(described.metadata().outlet()).isEqualTo("Kompas");
        assertThat(described.metadata().published()).isEqualTo(LocalDate.of(2024, 1, 17));
        assertThat(described.metadata().byline()).isEqualTo("Budi Santoso");
    }

    @Test
    void should_read_hostile_metadata_lines_in_linear_time() {
        String separators = "\u2028".repeat(100_000);
        List<String> paragraphs = List.of(
                "KOMPAS" + ".com".repeat(100_000) + " - Warga mengungsi ke masjid pada Senin pagi.",
                "Kompas - " + "1".repeat(100_000) + "\u2028x",
                "Penulis" + separators + "1",
                "Foto (" + "AFP/".repeat(5_000) + ") dan warga lain",
                "Isi berita yang panjang tentang banjir di kota dan warga yang mengungsi.");

        Described described = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> extractor.extract(paragraphs, MetadataHints.none()));

        assertThat(described.metadata().outlet()).startsWith("KOMPAS.com.com");
        assertThat(described.metadata().byline()).isNull();
        assertThat(described.metadata().captions()).isEmpty();
    }
}
