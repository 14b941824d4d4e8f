package warta.core.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void should_give_identical_texts_similarity_one() {
        assertThat(Signature.of(Texts.FLOOD).similarity(Signature.of(Texts.FLOOD)))
                .isEqualTo(1.0);
    }

    @Test
    void should_ignore_case_punctuation_and_spacing() {
        String reformatted = Texts.FLOOD.toUpperCase().replace(",", " ").replace("\n\n", "\n");

        assertThat(Signature.of(reformatted)).isEqualTo(Signature.of(Texts.FLOOD));
    }

    @Test
    void should_keep_small_edits_well_above_the_default_threshold() {
        Signature original = Signature.of(Texts.FLOOD);
        String edited =
                "BEKASI, Warta Kita - " + Texts.replaceWord(Texts.replaceWord(Texts.FLOOD, 3, "puluhan"), 40, "dua")
                        + "\n\nSimak berita lainnya di kanal kami.";

        assertThat(original.similarity(Signature.of(edited))).isGreaterThan(0.7);
        assertThat(original.similarity(Signature.of(Texts.withoutParagraph(Texts.FLOOD, 2))))
                .isGreaterThan(0.7);
    }

    @Test
    void should_give_unrelated_texts_a_similarity_near_zero() {
        assertThat(Signature.of(Texts.FLOOD).similarity(Signature.of(Texts.MARKET)))
                .isLessThan(0.05);
    }

    @Test
    void should_estimate_jaccard_similarity_within_three_standard_errors() {
        for (int shared : new int[] {200, 500, 800}) {
            long[] a = LongStream.range(0, 1000).map(Shingles::fmix64).toArray();
            long[] b = LongStream.range(1000 - shared, 2000 - shared)
                    .map(Shingles::fmix64)
                    .toArray();
            double jaccard = shared / (2000.0 - shared);

            double estimate = MinHash.similarity(MinHash.sketch(a), MinHash.sketch(b));

            assertThat(estimate).isCloseTo(jaccard, within(3 * Math.sqrt(jaccard * (1 - jaccard) / Signature.SIZE)));
        }
    }

    @Test
    void should_be_the_same_in_every_instance_run_and_jvm() {
        String text = "Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Bekasi.";

        // fixed values: a change here makes every stored signature incomparable with new ones
        assertThat(Signature.of(text).minHashes()).startsWith(-2110302191, -1108776658, -1485064902, -895946679);
        assertThat(Signature.of(new String(text.toCharArray())))
                .isEqualTo(Signature.of(text))
                .hasSameHashCodeAs(Signature.of(text));
    }

    @Test
    void should_give_text_without_words_the_empty_signature() {
        Signature empty = Signature.of(" ... ");

        assertThat(empty.minHashes()).containsOnly(Integer.MAX_VALUE);
        assertThat(empty.similarity(Signature.of(""))).isEqualTo(1.0);
        assertThat(empty.similarity(Signature.of(Texts.FLOOD))).isZero();
    }

    @Test
    void should_copy_the_array_in_and_out() {
        int[] values = new int[Signature.SIZE];
        Signature signature = new Signature(values);
        values[0] = 7;
        signature.minHashes()[1] = 7;

        assertThat(signature.minHashes()).containsOnly(0);
    }

    @Test
    void should_refuse_an_array_of_the_wrong_length() {
        assertThatThrownBy(() -> new Signature(new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minHashes")
                .hasMessageContaining("128");
        assertThatThrownBy(() -> new Signature(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("minHashes");
    }

    @Test
    void should_sign_a_600_word_article_in_well_under_two_milliseconds() {
        String article = Texts.randomWords(new Random(1), 600);
        for (int i = 0; i < 2_000; i++) {
            Signature.of(article); // warm up
        }
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            Signature.of(article);
        }
        double millis = (System.nanoTime() - start) / 1e6 / 1_000;

        assertThat(millis).isLessThan(2.0);
    }
}
