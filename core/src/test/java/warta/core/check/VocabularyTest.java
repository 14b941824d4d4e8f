package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void should_support_the_words_of_the_reference_and_their_spelling_and_close_variants() {
        Vocabulary vocabulary = Vocabulary.of("Presiden Indonesia tiba di Moskow.", Map.of());

        assertThat(vocabulary.supports("PRESIDEN")).isTrue();
        assertThat(vocabulary.supports("President")).isTrue();
        assertThat(vocabulary.supports("Indonesian")).isTrue();
        assertThat(vocabulary.supports("Moscow")).isTrue();
        assertThat(vocabulary.supports("Beijing")).isFalse();
    }

    @Test
    void should_support_lexicon_renderings_with_a_short_ending_only() {
        Vocabulary vocabulary = Vocabulary.of("Warga provinsi di semenanjung.", Map.of());

        assertThat(vocabulary.supports("Provinces")).isTrue();
        assertThat(vocabulary.supports("Peninsula")).isTrue();
        assertThat(vocabulary.supports("Provincialism")).isFalse();
    }

    @Test
    void should_support_adjectives_of_supported_names() {
        Vocabulary vocabulary = Vocabulary.of("Umat Katolik Roma di Kanada dan Israel.", Map.of());

        assertThat(vocabulary.supports("Roman")).isTrue();
        assertThat(vocabulary.supports("Canadian")).isTrue();
        assertThat(vocabulary.supports("Israeli")).isTrue();
        assertThat(vocabulary.supports("Norwegian")).isFalse();
    }

    @Test
    void should_support_glossary_renderings_both_ways() {
        Map<String, String> glossary = Map.of("Kemlu", "Foreign Ministry");

        assertThat(Vocabulary.of("Juru bicara Kemlu.", glossary).supports("Ministry"))
                .isTrue();
        assertThat(Vocabulary.of("The Foreign Ministry said.", glossary).supports("Kemlu"))
                .isTrue();
        assertThat(Vocabulary.of("Juru bicara.", glossary).supports("Ministry")).isFalse();
    }

    @Test
    void should_support_terms_and_abbreviations() {
        Vocabulary vocabulary = Vocabulary.of("Menlu Korut bertemu pejabat PBB di Timteng.", Map.of());

        assertThat(vocabulary.supports("Foreign")).isTrue();
        assertThat(vocabulary.supports("North")).isTrue();
        assertThat(vocabulary.supports("UN")).isTrue();
        assertThat(vocabulary.supports("Middle")).isTrue();
        assertThat(vocabulary.supports("South")).isFalse();
    }

    @Test
    void should_support_the_english_plural_of_a_supported_word_or_rendering() {
        Vocabulary vocabulary = Vocabulary.of("Warga antre KTP di kantor sarana kota.", Map.of());

        assertThat(vocabulary.supports("Cards")).isTrue(); // "ID card" of KTP, a phrase's word
        assertThat(vocabulary.supports("Facilities")).isTrue(); // the stem "facilit" of sarana
        assertThat(vocabulary.supports("Offices")).isTrue();
        assertThat(vocabulary.supports("Boxes")).isFalse();
        assertThat(vocabulary.supports("Kotas")).isTrue();
        assertThat(vocabulary.supports("Osl")).isFalse();
    }

    @Test
    void should_support_two_capitalised_words_of_the_reference_written_as_one() {
        Vocabulary vocabulary = Vocabulary.of("Sampah dibawa ke Bantar Gebang, lalu ke Tanah Abang.", Map.of());

        assertThat(vocabulary.supports("Bantargebang")).isTrue();
        assertThat(vocabulary.supports("Tanahabang")).isTrue();
        assertThat(vocabulary.supports("Gebanglalu")).isFalse(); // a comma and a lower-case word between
        assertThat(vocabulary.supports("Sampahdibawa")).isFalse();
    }

    @Test
    void should_know_the_acronyms_of_the_reference() {
        Vocabulary vocabulary = Vocabulary.of("Survei FAO dan data KPK.", Map.of());

        assertThat(vocabulary.hasAcronym("FAO")).isTrue();
        assertThat(vocabulary.hasAcronym("KPK")).isTrue();
        assertThat(vocabulary.hasAcronym("IMF")).isFalse();
        assertThat(vocabulary.hasAcronym("S")).isFalse();
    }

    @Test
    void should_support_english_derivations_of_supported_words_and_renderings() {
        Vocabulary vocabulary = Vocabulary.of(
                "Perampok dari Garda Revolusi ditangkap petugas perhubungan dan pencipta game.", Map.of());

        assertThat(vocabulary.supports("Transportation"))
                .as("transport + ation")
                .isTrue();
        assertThat(vocabulary.supports("Robber")).as("rob, doubled b").isTrue();
        assertThat(vocabulary.supports("Revolutionary"))
                .as("revolusi read as revolution")
                .isTrue();
        assertThat(vocabulary.supports("Creator")).isTrue();
        assertThat(vocabulary.supports("Guards")).isTrue();
        assertThat(vocabulary.supports("Transportationalism"))
                .as("one ending, leaving the rendering exactly")
                .isFalse();
        assertThat(vocabulary.supports("Walter")).isFalse();
    }

    @Test
    void should_support_islamist_of_islam_and_muslim_of_islam() {
        Vocabulary vocabulary = Vocabulary.of("Organisasi Islam di Eropa.", Map.of());

        assertThat(vocabulary.supports("Islamist")).isTrue();
        assertThat(vocabulary.supports("Muslim")).isTrue();
        assertThat(vocabulary.supports("Jewish")).isFalse();
    }

    @Test
    void should_support_a_long_word_with_a_letter_too_many_or_two_letters_swapped_in_the_reference() {
        Vocabulary vocabulary = Vocabulary.of("Seorang remaja Ausrtralia selamat.", Map.of());

        assertThat(vocabulary.supports("Australian")).isTrue();
        assertThat(vocabulary.supports("Austrian")).isFalse();
        assertThat(Vocabulary.of("Banjir di Jakrata.", Map.of()).supports("Jakarta"))
                .isTrue();
        assertThat(Vocabulary.of("Kota Oslo.", Map.of()).supports("Olso"))
                .as("short words are not read for slips")
                .isFalse();
        String word = "abcdefghij".repeat(2);
        assertThat(Vocabulary.of(word, Map.of()).supports("acb" + word.substring(3)))
                .isTrue();
        String run = "abcdefghij".repeat(4);
        assertThat(Vocabulary.of(run, Map.of()).supports("acb" + run.substring(3)))
                .as("a run of letters longer than any word is not read for slips")
                .isFalse();
    }

    @Test
    void should_support_regional_offices_ranks_and_address_abbreviations() {
        Vocabulary vocabulary = Vocabulary.of(
                "Kasudin Perhubungan, Kasie Pengendalian, Brigjen Ali dan Wakil Camat di Jalan Sudirman, pasien DBD.",
                Map.of());

        for (String word : List.of(
                "Head",
                "Transportation",
                "Sub",
                "Department",
                "Section",
                "Control",
                "Brigadier",
                "General",
                "District",
                "Jl",
                "Dengue",
                "Fever")) {
            assertThat(vocabulary.supports(word)).as(word).isTrue();
        }
        assertThat(vocabulary.supports("Health")).isFalse();
    }

    @Test
    void should_support_common_nouns_of_place_and_institution_names() {
        Vocabulary vocabulary = Vocabulary.of("Napi Lapas Cipinang dibawa ke Taman Suropati dekat bundaran.", Map.of());

        assertThat(vocabulary.supports("Prison")).isTrue();
        assertThat(vocabulary.supports("Park")).isTrue();
        assertThat(vocabulary.supports("Roundabout")).isTrue();
        assertThat(vocabulary.supports("Stadium")).isFalse();
    }

    @Test
    void should_not_take_a_six_letter_place_for_a_slip_of_a_seven_letter_one() {
        assertThat(Vocabulary.of("Banjir di Bandung.", Map.of()).supports("Badung"))
                .as("Badung (Bali) is not Bandung (West Java) with a letter too many")
                .isFalse();
        assertThat(Vocabulary.of("Banjir di Badung.", Map.of()).supports("Bandung"))
                .isFalse();
        assertThat(Vocabulary.of("Banjir di Bandung.", Map.of()).supports("Bnadung"))
                .as("two letters swapped in a seven-letter word is still a slip")
                .isTrue();
        assertThat(Vocabulary.of("Warga Semaranng.", Map.of()).supports("Semarang"))
                .as("skeletons write doubled letters once, so the slip is caught by spelling")
                .isTrue();
        assertThat(Vocabulary.of("Warga Surabaiya.", Map.of()).supports("Surabaya"))
                .as("a letter too many in a word of eight letters or more is a slip")
                .isTrue();
    }

    @Test
    void should_find_exactly_the_slips_a_long_reference_word_has() {
        Random random = new Random(20261206);
        for (int round = 0; round < 300; round++) {
            String word = randomWord(random, 7 + random.nextInt(24), "abdegilmnoprstu");
            String skeleton = Spelling.skeleton(word);
            Vocabulary vocabulary = Vocabulary.of(word, Map.of());
            Set<String> slips = new HashSet<>();
            if (skeleton.length() >= 7 && skeleton.length() <= 30) {
                // from the fifth letter on a slip is a close variant anyway (the same first five letters)
                for (int k = 1; k < 5; k++) {
                    if (skeleton.length() >= 8) {
                        slips.add(skeleton.substring(0, k) + skeleton.substring(k + 1));
                    }
                    if (k + 1 < skeleton.length()) {
                        slips.add(skeleton.substring(0, k)
                                + skeleton.charAt(k + 1)
                                + skeleton.charAt(k)
                                + skeleton.substring(k + 2));
                    }
                }
            }
            for (String slip : slips) {
                if (Spelling.skeleton(slip).equals(slip)) {
                    assertThat(vocabulary.supports(slip))
                            .as(word + " supports " + slip)
                            .isTrue();
                }
            }
            String twoDropped = skeleton.charAt(0) + skeleton.substring(3);
            if (Spelling.skeleton(twoDropped).equals(twoDropped)
                    && !twoDropped.startsWith(skeleton.substring(0, Vocabulary.STEM))) {
                assertThat(vocabulary.supports(twoDropped))
                        .as(word + " does not support " + twoDropped)
                        .isFalse();
            }
        }
    }

    @Test
    void should_build_the_vocabulary_of_a_large_reference_of_distinct_long_words_in_little_memory() {
        Random random = new Random(7);
        StringBuilder reference = new StringBuilder();
        while (reference.length() < 1_000_000) {
            reference
                    .append(randomWord(random, 10, "abcdefghijklmnopqrstuvwxyz"))
                    .append(' ');
        }
        String text = reference.toString();
        long before = usedMemory();
        long start = System.nanoTime();
        Vocabulary vocabulary = Vocabulary.of(text, Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long retained = usedMemory() - before;

        assertThat(vocabulary.supports(text.substring(0, 10))).isTrue();
        assertThat(millis).as("milliseconds to build").isLessThan(20_000);
        assertThat(retained)
                .as("bytes kept by a vocabulary of about 90,000 distinct ten-letter words (slips built ahead kept"
                        + " about 1.7 million strings, over 150 MB)")
                .isLessThan(64L << 20);
        assertThat(vocabulary.supports(text.substring(0, 10))).isTrue();
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String randomWord(Random random, int length, String alphabet) {
        StringBuilder word = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
