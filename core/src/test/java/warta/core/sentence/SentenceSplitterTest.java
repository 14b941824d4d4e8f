package warta.core.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.indonesian();

    @Test
    void should_split_on_terminal_punctuation_before_uppercase() {
        assertThat(splitter.split("Presiden tiba di Bandung. Ia disambut warga! Apa kabar? Baik."))
                .containsExactly("Presiden tiba di Bandung.", "Ia disambut warga!", "Apa kabar?", "Baik.");
    }

    @Test
    void should_return_trimmed_spans_with_offsets() {
        String text = "  Hujan turun.   Jalan banjir.  ";

        assertThat(splitter.spans(text)).containsExactly(new Span(2, 14), new Span(17, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", " \t\u00a0 "})
    void should_return_nothing_for_blank_text(String text) {
        assertThat(splitter.spans(text)).isEmpty();
        assertThat(splitter.split(text)).isEmpty();
    }

    @Test
    void should_reject_null_text() {
        assertThatThrownBy(() -> splitter.spans(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kantornya di Jl. Sudirman No. 5 Jakarta.",
                "Acara dibuka oleh Prof. Dr. Ir. Budi Santoso, S.H., M.Si. hari ini.",
                "Rapat dipimpin Dr. Andi Wijaya dan dr. Sari.",
                "H. Ahmad dan Hj. Fatimah berangkat haji.",
                "Ia lulusan S.E. Universitas Indonesia dan M.Sc. Delft.",
                "Gelar Drs. Budi, S.Pd. Rahman dan M.M. Siregar sah.",
                "Warga Kab. Bogor, Kec. Cibinong, Kel. Pakansari ikut.",
                "Bantuan a.n. Sdr. Joko u.p. Bpk. Hadi sudah dikirim.",
                "Sahamnya PT. Maju Jaya naik.",
                "Harga naik menjadi Rp. 5.000 per liter.",
                "Ny. Ani dan Tn. Budi tinggal di Gg. Mawar RT. 03 RW. 05 Jakarta.",
                "Lihat hlm. 12 dalam Vol. 3 terbitan itu.",
                "Laga Persija vs. Persib berakhir imbang.",
                "Mr. Smith, Mrs. Smith dan Ms. Lee datang ke St. Louis.",
                "Lt. Gen. Ahmad and Capt. Budi met Sr. Comr. Wahyono and Sen. Warren.",
                "Gov. Anies, Rev. Budi, Maj. Joko and Sgt. Siti came.",
                "Ekonomi A.S. dan U.S. Steel tumbuh.",
                "Ia menjadi drg. Rina di klinik itu.",
            })
    void should_not_split_after_non_final_abbreviation(String sentence) {
        assertThat(splitter.split(sentence)).containsExactly(sentence);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Data itu dirilis pada Jan. 2024 oleh BPS.",
                "Masa berlakunya sampai 31 Des. 2023 dan bisa diperpanjang.",
                "Rapat dimulai pkl. 09.00 WIB di balai kota.",
                "Kecelakaan terjadi di Tol Cipularang KM. 12 arah Jakarta.",
                "Pesawat GA. 404 tujuan Denpasar tertunda.",
                "Aplikasi v9. 1 sudah bisa diunduh.",
                "Pasien dirujuk ke RS. Bhayangkara Polda Jatim.",
                "Kontrak diteken dengan Samsung Co. Ltd. pekan lalu.",
                "Laba PT. Bank Maju Tbk. (BMAJ) naik tajam.",
                "Sahamnya PT Maju Jaya Tbk. (MAJU) menguat, kata analis.",
            })
    void should_not_split_inside_labels_of_dates_times_codes_and_companies(String sentence) {
        assertThat(splitter.split(sentence)).containsExactly(sentence);
    }

    @Test
    void should_split_after_a_degree_or_acronym_when_a_sentence_opener_follows() {
        assertThat(splitter.split("Pernyataan itu disampaikan Budi Santoso, M.Sc. Ia menambahkan hal lain."))
                .containsExactly("Pernyataan itu disampaikan Budi Santoso, M.Sc.", "Ia menambahkan hal lain.");
        assertThat(splitter.split("Barang itu dikirim ke A.S. Namun sebagian tertahan."))
                .containsExactly("Barang itu dikirim ke A.S.", "Namun sebagian tertahan.");
        assertThat(splitter.split("Ia lulusan M.Sc. Delft.")).containsExactly("Ia lulusan M.Sc. Delft.");
    }

    @Test
    void should_still_split_before_a_number_after_an_ordinary_word_or_a_long_acronym() {
        assertThat(splitter.split("Ia lahir pada 1990. 2016 adalah tahun berat."))
                .containsExactly("Ia lahir pada 1990.", "2016 adalah tahun berat.");
        assertThat(splitter.split("Kasus itu ditangani KPK. 12 orang diperiksa."))
                .containsExactly("Kasus itu ditangani KPK.", "12 orang diperiksa.");
        assertThat(splitter.split("Laba perusahaan naik Rp100. 200 karyawan dapat bonus."))
                .containsExactly("Laba perusahaan naik Rp100.", "200 karyawan dapat bonus.");
        assertThat(splitter.split("Ia bekerja di Samsung. Co-founder perusahaan itu hadir."))
                .containsExactly("Ia bekerja di Samsung.", "Co-founder perusahaan itu hadir.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Presiden Susilo B. Yudhoyono membuka acara.",
                "A. Rahman terpilih sebagai ketua.",
                "Rekan kerjanya, J. R. R. Tolkien, menulis.",
            })
    void should_not_split_after_initial(String sentence) {
        assertThat(splitter.split(sentence)).containsExactly(sentence);
    }

    @Test
    void should_split_after_single_letter_unit_following_number() {
        assertThat(splitter.split("Suhu naik 2 C. Banyak warga mengungsi."))
                .containsExactly("Suhu naik 2 C.", "Banyak warga mengungsi.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Inflasi 2,5 persen dan harga 3.000 rupiah.",
                "Gempa terjadi pukul 13.54 WIB.",
                "Versi 1.5 dirilis tahun ini.",
                "Nilainya Rp 1.250.000 per bulan.",
            })
    void should_not_split_inside_numbers(String sentence) {
        assertThat(splitter.split(sentence)).containsExactly(sentence);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Baca di www.kompas.com atau Detik.com hari ini.",
                "Berita ada di detik.com/berita dan https://contoh.go.id/Data.Baru sekarang.",
                "Kirim surat ke nama@contoh.co.id segera.",
            })
    void should_not_split_urls_or_email_addresses(String sentence) {
        assertThat(splitter.split(sentence)).containsExactly(sentence);
    }

    @Test
    void should_split_after_url_that_ends_a_sentence() {
        assertThat(splitter.split("Baca di kompas.com. Berita lain menyusul."))
                .containsExactly("Baca di kompas.com.", "Berita lain menyusul.");
    }

    @Test
    void should_split_after_abbreviation_that_may_end_a_sentence_only_before_uppercase() {
        assertThat(splitter.split("Ia membeli beras, gula, dll. Kemudian ia pulang."))
                .containsExactly("Ia membeli beras, gula, dll.", "Kemudian ia pulang.");
        assertThat(splitter.split("Beras, gula, dll. yang dibeli mahal."))
                .containsExactly("Beras, gula, dll. yang dibeli mahal.");
    }

    @Test
    void should_split_after_ellipsis_only_before_uppercase() {
        assertThat(splitter.split("Ia terdiam... lalu pergi.")).containsExactly("Ia terdiam... lalu pergi.");
        assertThat(splitter.split("Ia terdiam… Lalu pergi.")).containsExactly("Ia terdiam…", "Lalu pergi.");
    }

    @Test
    void should_keep_closing_quote_or_bracket_with_its_sentence() {
        assertThat(splitter.split("Ia berkata, \"Kami siap.\" Semua bertepuk tangan."))
                .containsExactly("Ia berkata, \"Kami siap.\"", "Semua bertepuk tangan.");
        assertThat(splitter.split("“Siapa dia?” Tidak ada yang tahu. (Ini rahasia.) Benar!’ Ya."))
                .containsExactly("“Siapa dia?”", "Tidak ada yang tahu.", "(Ini rahasia.)", "Benar!’", "Ya.");
    }

    @Test
    void should_keep_reported_speech_in_one_sentence() {
        assertThat(splitter.split("\"Kami siap,\" kata dia. \"Ayo!\" seru mereka."))
                .containsExactly("\"Kami siap,\" kata dia.", "\"Ayo!\" seru mereka.");
        assertThat(splitter.split("\"Kami siap.\" Kata dia kemudian."))
                .containsExactly("\"Kami siap.\"", "Kata dia kemudian.");
    }

    @Test
    void should_treat_every_publishers_quote_style_as_quotes() {
        assertThat(splitter.split("Ia pergi. ``Saya lelah,'' katanya. ``Kami siap.'' Semua diam."))
                .containsExactly("Ia pergi.", "``Saya lelah,'' katanya.", "``Kami siap.''", "Semua diam.");
        assertThat(splitter.split("Ia pergi. \u00ABSaya lelah.\u00BB Lalu \u201ESemua\u201D diam. \u201ATidak\u2019."))
                .containsExactly(
                        "Ia pergi.", "\u00ABSaya lelah.\u00BB", "Lalu \u201ESemua\u201D diam.", "\u201ATidak\u2019.");
    }

    @Test
    void should_treat_mixed_marks_as_one_ending() {
        assertThat(splitter.split("Benarkah?! Tidak mungkin!!! Ya."))
                .containsExactly("Benarkah?!", "Tidak mungkin!!!", "Ya.");
    }

    @Test
    void should_split_before_opening_quote_digit_or_currency() {
        assertThat(splitter.split("Ia pergi. \"Saya lelah,\" katanya. 2016 tahun berat. $5 hilang."))
                .containsExactly("Ia pergi.", "\"Saya lelah,\" katanya.", "2016 tahun berat.", "$5 hilang.");
    }

    @Test
    void should_split_at_blank_line_even_without_punctuation() {
        assertThat(splitter.split("JAKARTA, KOMPAS.com\n\nPresiden tiba pagi ini"))
                .containsExactly("JAKARTA, KOMPAS.com", "Presiden tiba pagi ini");
    }

    @Test
    void should_treat_single_line_break_as_whitespace_unless_after_terminal_punctuation() {
        assertThat(splitter.split("Presiden tiba\ndi Bandung. Ia disambut.\nwarga lalu bubar."))
                .containsExactly("Presiden tiba\ndi Bandung.", "Ia disambut.", "warga lalu bubar.");
    }
}
