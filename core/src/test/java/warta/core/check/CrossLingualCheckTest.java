package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import warta.core.glossary.Glossary;

/** The full check of an English summary against an Indonesian source (issue 10, item 2). */
class CrossLingualCheckTest {

    private static final String SOURCE = """
            Moskow: Menteri Luar Negeri Korea Utara Choe Son-hui bertemu Presiden Rusia Vladimir Putin \
            di Moskow pada Selasa, 16 Januari 2024. Keduanya membahas keamanan di Semenanjung Korea. \
            Korea Utara mengirim 10.000 tentara, kata pejabat Amerika Serikat (AS).""";

    private final UnsupportedCheck full = UnsupportedCheck.full();

    @Test
    void should_accept_a_faithful_english_summary_of_an_indonesian_source() {
        String summary = """
                North Korea's Foreign Minister Meets Putin in Moscow

                North Korean Foreign Minister Choe Son-hui met Russian President Vladimir Putin in Moscow \
                on Tuesday, January 16, 2024. They discussed security on the Korean Peninsula. North Korea \
                sent ten thousand troops, US officials said.

                The United States says North Korea sent 10,000 soldiers.""";

        assertThat(full.check(summary, SOURCE, Map.of(), -1)).isEmpty();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        "North Korea sent envoys., Korea Utara mengirim utusan.",
        "The Russian envoy spoke., Utusan Rusia berbicara.",
        "She is the Foreign Minister of Peru., Dia Menteri Luar Negeri Peru.",
        "Talks were held in Moscow., Pembicaraan digelar di Moskow.",
        "Troops left the Peninsula., Tentara meninggalkan Semenanjung itu.",
        "Floods hit Central Java., Banjir melanda Jawa Tengah.",
        "Rain fell in South Jakarta., Hujan turun di Jakarta Selatan.",
        "A Spanish club won., Klub Spanyol menang.",
        "A Japanese ship docked., Kapal Jepang bersandar.",
        "North Korea fired a missile., Korut menembakkan rudal.",
        "The US and the EU agreed., AS dan UE sepakat.",
        "The UN Security Council met., DK PBB bersidang.",
        "Mecca was crowded., Mekkah ramai.",
        "Sukarno spoke in Djakarta., Soekarno berpidato di Jakarta.",
        "The European Central Bank acted., Bank Sentral Eropa bertindak.",
        "Islamic groups met., Kelompok Islam bertemu."
    })
    void should_accept_an_english_rendering_of_an_indonesian_name_or_term(String claim, String source) {
        assertThat(full.check(claim, source, Map.of(), -1)).isEmpty();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // an acronym of the source spelled out, and a UN agency's parent
                "The UN Food and Agriculture Organization said so. | Badan Pangan Dunia, FAO, mengatakan begitu.",
                "The International Monetary Fund warned. | IMF memperingatkan.",
                // one name written as two words in the source
                "Waste goes to Bantargebang. | Sampah dibawa ke Bantar Gebang.",
                // plurals of renderings, and renderings of office, school and police words
                "Residents lacked ID Cards. | Warga belum punya KTP.",
                "The Head of Facilities and Infrastructures spoke. | Kabid Sarana dan Prasarana berbicara.",
                "Pupils of Islamic Elementary School and Religious School came. | Siswa Madrasah Ibtidaiyah dan pondok pesantren datang.",
                "He reported it to Central Jakarta Resort Police. | Dia melapor ke Polres Jakarta Pusat.",
                "They met the Basic Education Department. | Mereka menemui Sudin Dikdas.",
                "Funds go to Regional Work Units. | Dana diserahkan ke SKPD.",
                "The Competition and Consumer Commission sued. | Komisi Persaingan dan Konsumen menggugat.",
                "Water on Earth came from comets. | Air di Bumi berasal dari komet.",
                "An American Roman Catholic nun wrote it. | Seorang suster Katolik Amerika menulisnya.",
                "Sales of PCs fell. | Penjualan komputer turun.",
                "Governmental Employees gathered. | Pegawai negeri berkumpul.",
                // sentence openers that render a source verb, and a loose headline noun
                "Approaching Christmas, sellers came. | Mendekati Natal, penjual datang.",
                "Settled Pokomo farmers clashed. | Petani Pokomo yang menetap bentrok.",
                "Chinese Girls sold | Perempuan Cina terjual"
            })
    void should_accept_acronyms_spelled_out_joined_names_plurals_and_office_words(String claim, String source) {
        assertThat(full.check(claim, source, Map.of(), -1)).isEmpty();
    }

    @Test
    void should_check_the_name_after_an_abbreviated_english_title_and_not_the_title() {
        assertThat(full.check("Sr. Comr. Wahyono spoke.", "Kombes Wahyono berbicara.", Map.of(), -1))
                .isEmpty();
        assertThat(full.check("Capt. Budi agreed. Lt. Gen. Agus said so.", "Kapten Budi setuju.", Map.of(), -1))
                .extracting(Finding::text)
                .containsExactly("Agus");
    }

    @Test
    void should_still_catch_an_expansion_the_source_has_no_acronym_for() {
        assertThat(full.check(
                        "The International Monetary Fund warned. The Food and Agriculture Organization agreed.",
                        "IMF memperingatkan.",
                        Map.of(),
                        -1))
                .extracting(Finding::text)
                .containsExactly("Food", "Agriculture Organization");
        assertThat(full.check("Waste goes to Bantargebang in Oslo.", "Sampah dibawa ke Bantar Gebang.", Map.of(), -1))
                .extracting(Finding::text)
                .containsExactly("Oslo");
    }

    @Test
    void should_still_catch_a_name_and_a_number_the_source_lacks() {
        List<Finding> findings = full.check("Officials in Beijing said 50 people were hurt.", SOURCE, Map.of(), -1);

        assertThat(findings).extracting(Finding::text).containsExactly("Beijing", "50");
        assertThat(findings.getFirst().detail())
                .isEqualTo("name Beijing: not in the source, neither as written nor in English;"
                        + " in \"Officials in Beijing said 50 people were hurt.\"");
    }

    @Test
    void should_report_a_name_once_however_often_it_is_mentioned() {
        String summary = "Talks with Norway failed. Troops from Norway left. Later Norway and Norway's allies met.";

        List<Finding> findings = full.check(summary, "Korea Utara memprotes.", Map.of(), -1);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Norway");
            assertThat(f.detail()).contains("; 4 mentions; in \"Talks with Norway failed.\"");
        });
    }

    @Test
    void should_report_north_once_when_the_source_does_not_support_it() {
        String summary = "North Korea spoke. North Korea left. North Korea's envoy came. Then North Korea wrote.";

        List<Finding> findings = full.check(summary, "Korea Selatan berbicara.", Map.of(), -1);

        assertThat(findings).extracting(Finding::text).containsExactly("North");
        assertThat(findings.getFirst().detail()).contains("4 mentions");
    }

    @Test
    void should_not_read_a_title_cased_headline_as_names() {
        String headline = "Floods Force Thousands From Their Homes After Days Of Rain";

        assertThat(full.check(headline, "Banjir memaksa ribuan warga mengungsi.", Map.of(), -1))
                .isEmpty();
    }

    @Test
    void should_still_check_capitals_and_numbers_in_a_title_cased_headline() {
        String headline = "KPK Questions 12 Officials Over Bribes";

        assertThat(full.check(headline, "Polisi memeriksa 10 pejabat.", Map.of(), -1))
                .extracting(Finding::text)
                .containsExactly("KPK", "12");
    }

    @Test
    void should_accept_capitalised_words_that_open_a_sentence_or_are_honorifics() {
        String summary = "Earlier, Home Minister Tito spoke. Meanwhile Mr Tito met Dr Retno.";

        assertThat(full.check(summary, "Mendagri Tito berbicara dengan Retno.", Map.of(), -1))
                .isEmpty();
    }

    @Test
    void should_accept_the_english_of_a_glossary_term_and_the_plural_of_an_acronym() {
        Map<String, String> glossary = Map.of("Mendagri", "Home Affairs Minister");

        assertThat(full.check(
                        "The Home Affairs Minister visited three RTs.", "Mendagri mendatangi tiga RT.", glossary, -1))
                .isEmpty();
    }

    @Test
    void should_not_take_the_english_word_as_for_the_abbreviation_of_the_united_states() {
        assertThat(full.check("The United States agreed.", "Mereka setuju, as usual.", Map.of(), -1))
                .extracting(Finding::text)
                .containsExactly("United States");
    }

    @Test
    void should_check_numbers_in_words_in_a_summary() {
        assertThat(full.check("Ten thousand people fled.", "Sebanyak 10.000 warga mengungsi.", Map.of(), -1))
                .isEmpty();
        assertThat(full.check("Ten thousand people fled.", "Sepuluh ribu warga mengungsi.", Map.of(), -1))
                .isEmpty();
        assertThat(full.check("Ten thousand people fled.", "Sebanyak 5.000 warga mengungsi.", Map.of(), -1))
                .extracting(Finding::text)
                .containsExactly("Ten thousand");
    }

    @Test
    void should_not_check_scale_words_after_digits_small_numbers_or_decimals_in_words() {
        String summary = "It costs Rp 6.5 trillion, about 3 hundred homes, two towns, one point five million.";

        assertThat(full.check(summary, "Biayanya Rp 6,5 triliun untuk 3 rumah dan 2 kota.", Map.of(), -1))
                .isEmpty();
    }

    @Test
    void should_leave_numbers_in_words_unchecked_in_a_translation() {
        assertThat(UnsupportedCheck.numbersOnly()
                        .check("Ten thousand people fled.", "Ribuan warga mengungsi.", Map.of(), 0))
                .isEmpty();
    }

    @Test
    void should_read_a_time_with_a_colon_and_a_month_and_weekday_from_a_date_in_digits() {
        String source = "Rapat digelar Selasa (16/1/2024) pukul 14.30 WIB.";

        assertThat(full.check("The meeting was on Tuesday, January 16, at 2:30 p.m. (14:30).", source, Map.of(), -1))
                .isEmpty();
        assertThat(full.check("The meeting was on Wednesday, in March.", source, Map.of(), -1))
                .extracting(Finding::text)
                .containsExactly("Wednesday", "March");
    }

    @Test
    void should_take_the_weekday_of_an_iso_date() {
        assertThat(full.check("It was Wednesday.", "published: 2024-01-17", Map.of(), -1))
                .isEmpty();
    }

    @Test
    void should_check_a_megabyte_of_names_against_a_megabyte_of_source_in_linear_time() {
        String claims = "Talks with Norway and Sweden failed, North Korea said. ".repeat(20_000);
        String reference = "Korea Utara menolak usul Rusia di Moskow pada 16/1/2024. ".repeat(20_000);

        List<Finding> findings = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> full.check(claims, reference, Glossary.builtIn().asMap(), -1));

        assertThat(findings).extracting(Finding::text).containsExactly("Norway", "Sweden");
        assertThat(findings.getFirst().detail()).contains("20000 mentions");
    }

    @Test
    void should_give_the_same_findings_from_many_threads() throws Exception {
        String summary = "North Korea and Norway met in Moscow on 12 March.";
        List<Finding> expected = full.check(summary, SOURCE, Map.of(), -1);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> full.check(summary, SOURCE, Map.of(), -1)));
            }
            for (Future<List<Finding>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
        assertThat(expected).extracting(Finding::text).containsExactly("Norway", "12", "March");
    }
}
