package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OmittedCheckTest {

    private static final String SOURCE =
            "Banjir merendam 500 rumah di Kampung Melayu, Jakarta Timur, pada Selasa pagi. "
                    + "Sekitar 1.200 warga mengungsi ke Masjid Al-Ittihad dan sekolah terdekat sejak malam. "
                    + "Menurut Kepala BPBD DKI Jakarta, Isnawa Adji, air mulai surut pada sore hari.";
    private static final String ENGLISH =
            "Floods inundated 500 houses in Kampung Melayu, East Jakarta, on Tuesday morning. "
                    + "About 1,200 residents have taken shelter in the Al-Ittihad Mosque and a nearby school since the night. "
                    + "According to the head of the Jakarta BPBD, Isnawa Adji, the water began to recede in the afternoon.";

    private final OmittedCheck check = new OmittedCheck();

    @Test
    void should_report_the_dropped_source_sentence() {
        String shorter = "Floods inundated 500 houses in Kampung Melayu, East Jakarta, on Tuesday morning. "
                + "According to the head of the Jakarta BPBD, Isnawa Adji, the water began to recede in the afternoon.";

        List<Finding> findings = check.check(List.of(SOURCE), List.of(shorter));

        assertThat(findings)
                .containsExactly(new Finding(
                        0,
                        "Sekitar 1.200 warga mengungsi ke Masjid Al-Ittihad dan sekolah terdekat sejak malam.",
                        "no counterpart in the translation"));
    }

    @Test
    void should_pass_a_complete_translation() {
        assertThat(check.check(List.of(SOURCE, "Sekolah diliburkan."), List.of(ENGLISH, "Schools were closed.")))
                .isEmpty();
    }

    @Test
    void should_report_an_empty_translation_paragraph_whole() {
        List<Finding> findings = check.check(List.of(SOURCE, "Sekolah diliburkan."), List.of(ENGLISH, " "));

        assertThat(findings).containsExactly(new Finding(1, "Sekolah diliburkan.", "translation paragraph is empty"));
    }

    @Test
    void should_report_every_source_paragraph_without_a_translation() {
        List<String> source = List.of(
                "Sekolah diliburkan karena banjir.",
                SOURCE,
                "Petugas membagikan makanan dan selimut kepada para pengungsi.");

        List<Finding> findings = check.check(
                source,
                List.of(
                        "Schools were closed because of the flood.",
                        "Officers handed out food and blankets to the evacuees."));

        assertThat(findings).containsExactly(new Finding(1, SOURCE, "no translation for this paragraph"));
    }

    @Test
    void should_accept_two_sentences_merged_into_one() {
        String merged = "Floods inundated 500 houses in Kampung Melayu, East Jakarta, on Tuesday morning, "
                + "and about 1,200 residents have taken shelter in the Al-Ittihad Mosque and a nearby school since the night. "
                + "According to the head of the Jakarta BPBD, Isnawa Adji, the water began to recede in the afternoon.";

        assertThat(check.check(List.of(SOURCE), List.of(merged))).isEmpty();
    }

    @Test
    void should_report_the_sentence_whose_words_are_missing_rather_than_a_neighbour_of_similar_length() {
        String source = "Polisi menangkap dua pencuri di pasar pada Senin malam. "
                + "Harga beras naik tajam sejak awal bulan ini. "
                + "Warga mengungsi ke sekolah setelah banjir merendam rumah mereka.";
        String english = "Police arrested two thieves at the market on Monday night. "
                + "Residents took shelter in a school after floods inundated their houses.";

        List<Finding> findings = check.check(List.of(source), List.of(english));

        assertThat(findings).extracting(Finding::text).containsExactly("Harga beras naik tajam sejak awal bulan ini.");
    }

    @Test
    void should_pass_a_loose_but_complete_translation() {
        String source = "Hal ini menyebabkan arus lalu lintas di sekitar lokasi menjadi tersendat. "
                + "Petugas polisi mengatur kendaraan di persimpangan.";
        String english = "Traffic around the site slowed. Police officers directed vehicles at the junction.";

        assertThat(check.check(List.of(source), List.of(english))).isEmpty();
    }

    @Test
    void should_pass_a_short_free_rendering_of_a_sentence() {
        String source = "Sebelumnya, sekelompok warga juga melakukan unjuk rasa menolak penggusuran di depan kantor "
                + "wali kota pada Selasa pagi. Belum ada tanda bahwa kedua aksi itu saling berkaitan.";
        String english = "Earlier, residents protested the evictions at the mayor's office on Tuesday. "
                + "There's no sign the protests are linked.";

        assertThat(check.check(List.of(source), List.of(english))).isEmpty();
    }

    @Test
    void should_report_a_sentence_dropped_among_freely_rendered_ones() {
        String source = "Sebelumnya, sekelompok warga juga melakukan unjuk rasa menolak penggusuran di depan kantor "
                + "wali kota pada Selasa pagi. Polisi menahan tiga orang yang diduga memicu kericuhan. "
                + "Belum ada tanda bahwa kedua aksi itu saling berkaitan.";
        String english = "Earlier, residents protested the evictions at the mayor's office on Tuesday. "
                + "There's no sign the protests are linked.";

        assertThat(check.check(List.of(source), List.of(english)))
                .extracting(Finding::text)
                .containsExactly("Polisi menahan tiga orang yang diduga memicu kericuhan.");
    }

    @Test
    void should_pass_a_title_case_headline_whose_words_the_lexicon_knows() {
        String source = "Gudang Pasar Terbakar, Dua Petugas Pemadam Terluka. "
                + "Api baru bisa dipadamkan setelah tiga jam oleh petugas pemadam kebakaran.";
        String english = "Market Warehouse Burns, Two Firefighters Injured. Firefighters needed three hours to put "
                + "out the blaze.";

        assertThat(check.check(List.of(source), List.of(english))).isEmpty();
    }

    @Test
    void should_accept_one_sentence_split_in_two() {
        String source = "Warga mengungsi ke masjid. Air setinggi satu meter merendam rumah mereka sejak Senin "
                + "malam, dan listrik padam di seluruh kampung.";
        String english = "Residents took shelter in the mosque. Water a metre deep has flooded their houses since "
                + "Monday night. Power is out across the village.";

        assertThat(check.check(List.of(source), List.of(english))).isEmpty();
    }

    @Test
    void should_report_a_sentence_left_without_english_even_when_its_neighbour_is_rendered_at_length() {
        String source = "Gubernur meresmikan jembatan baru di Kecamatan Cilincing pada Rabu. "
                + "Banjir merendam ratusan rumah warga di desa itu.";
        String english = "On Wednesday the governor formally opened the new bridge in the Cilincing district of "
                + "North Jakarta, which residents had awaited since the old one collapsed.";

        assertThat(check.check(List.of(source), List.of(english)))
                .extracting(Finding::text)
                .containsExactly("Banjir merendam ratusan rumah warga di desa itu.");
    }

    @Test
    void should_report_a_sentence_whose_words_are_all_missing_even_when_the_sentence_counts_agree() {
        String source = "Gubernur meresmikan jembatan baru di Kecamatan Cilincing pada Rabu, dan warga menyambutnya "
                + "dengan gembira. Banjir setinggi 300 sentimeter merendam ratusan rumah warga di Kampung Pulo, "
                + "sehingga ribuan penduduk desa mengungsi ke sekolah.";
        String english = "On Wednesday the governor opened the new bridge in Cilincing. Residents welcomed it happily.";

        assertThat(check.check(List.of(source), List.of(english)))
                .extracting(Finding::text)
                .containsExactly("Banjir setinggi 300 sentimeter merendam ratusan rumah warga di Kampung Pulo, "
                        + "sehingga ribuan penduduk desa mengungsi ke sekolah.");
    }

    @Test
    void should_find_a_sentence_dropped_in_the_middle_of_a_long_paragraph() {
        StringBuilder source = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            source.append("Petugas mencatat ").append(i * 7).append(" rumah rusak di Desa Sukamaju. ");
            english.append("Officers recorded ").append(i * 7).append(" damaged houses in Sukamaju village. ");
            if (i == 30) {
                source.append("Harga beras di pasar naik tajam sejak awal bulan ini. ");
            }
        }

        assertThat(check.check(
                        List.of(source.toString().strip()),
                        List.of(english.toString().strip())))
                .extracting(Finding::text)
                .containsExactly("Harga beras di pasar naik tajam sejak awal bulan ini.");
    }
}
