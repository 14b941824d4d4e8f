package warta.core.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private final NearDuplicates duplicates = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);

    @Test
    void should_flag_an_identical_text_as_duplicate_of_the_first() {
        duplicates.add("a", Signature.of(Texts.FLOOD));

        assertThat(duplicates.add("b", Signature.of(Texts.FLOOD))).contains("a");
        assertThat(duplicates.size()).isEqualTo(2);
    }

    @Test
    void should_flag_a_republished_copy_with_small_edits() {
        duplicates.add("original", Signature.of(Texts.FLOOD));
        String copy =
                "BEKASI, Warta Kita - " + Texts.replaceWord(Texts.withoutParagraph(Texts.FLOOD, 5), 12, "sejumlah");

        assertThat(duplicates.add("copy", Signature.of(copy))).contains("original");
    }

    @Test
    void should_not_flag_an_unrelated_text() {
        duplicates.add("flood", Signature.of(Texts.FLOOD));

        assertThat(duplicates.add("market", Signature.of(Texts.MARKET))).isEmpty();
        assertThat(duplicates.find(Signature.of(Texts.randomWords(new Random(3), 200))))
                .isEmpty();
    }

    @Test
    void should_flag_at_the_threshold_and_not_one_position_below_it() {
        duplicates.add("base", signature(0, 0));

        assertThat(duplicates.find(signature(64, 1))).as("64 of 128 equal: 0.5").contains("base");
        assertThat(duplicates.find(signature(65, 1))).as("63 of 128 equal").isEmpty();
    }

    @Test
    void should_answer_the_most_similar_and_the_earliest_among_equals() {
        duplicates.add("far", signature(40, 1));
        duplicates.add("near", signature(10, 2));
        duplicates.add("near-too", signature(10, 3));

        assertThat(duplicates.find(signature(0, 0))).contains("near");
    }

    @Test
    void should_not_record_on_find() {
        duplicates.find(Signature.of(Texts.FLOOD));

        assertThat(duplicates.size()).isZero();
        assertThat(duplicates.add("a", Signature.of(Texts.FLOOD))).isEmpty();
    }

    @Test
    void should_change_nothing_when_an_id_is_added_again_with_the_same_signature() {
        duplicates.add("a", Signature.of(Texts.FLOOD));
        duplicates.add("b", Signature.of(Texts.FLOOD));

        assertThat(duplicates.add("b", Signature.of(Texts.FLOOD))).isEmpty();
        assertThat(duplicates.add("a", Signature.of(Texts.FLOOD))).isEmpty();
        assertThat(duplicates.size()).isEqualTo(2);
        assertThat(duplicates.add("c", Signature.of(Texts.FLOOD))).contains("a");
    }

    @Test
    void should_replace_the_signature_when_an_id_is_added_again_with_another() {
        duplicates.add("a", Signature.of(Texts.FLOOD));

        assertThat(duplicates.add("a", Signature.of(Texts.MARKET)))
                .as("not its own duplicate")
                .isEmpty();
        assertThat(duplicates.size()).isEqualTo(1);
        assertThat(duplicates.find(Signature.of(Texts.FLOOD))).isEmpty();
        assertThat(duplicates.find(Signature.of(Texts.MARKET))).contains("a");
    }

    @Test
    void should_choose_bands_whose_s_curve_passes_the_threshold_with_99_percent() {
        assertThat(List.of(duplicates.bands(), duplicates.rows())).containsExactly(42, 3);
        for (double threshold : new double[] {0.05, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0}) {
            Banding banding = Banding.forThreshold(threshold);
            assertThat(banding.candidateProbability(threshold))
                    .as("at %s", threshold)
                    .isGreaterThanOrEqualTo(0.99);
            assertThat(banding.bands() * banding.rows()).isLessThanOrEqualTo(Signature.SIZE);
        }
    }

    @Test
    void should_refuse_a_threshold_outside_zero_to_one() {
        for (double threshold : new double[] {0, -0.1, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> new NearDuplicates(threshold))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("threshold");
        }
    }

    @Test
    void should_find_the_planted_duplicate_among_20000_articles_quickly() {
        Random random = new Random(42);
        Signature planted = randomSignature(random);
        long start = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
            duplicates.add("random-" + i, i == 12_345 ? planted : randomSignature(random));
        }
        int[] edited = planted.minHashes();
        for (int i = 0; i < 40; i++) {
            edited[random.nextInt(edited.length)] = random.nextInt(); // similarity about 0.7
        }

        Optional<String> found = duplicates.find(new Signature(edited));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(found).contains("random-12345");
        assertThat(millis).as("20,000 adds and a find").isLessThan(3_000);
    }

    @Test
    void should_stay_consistent_when_shared_across_threads() throws Exception {
        List<Future<Optional<String>>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                answers.add(pool.submit(() -> duplicates.add("same-" + thread, Signature.of(Texts.FLOOD))));
                pool.submit(() -> {
                    Random random = new Random(thread);
                    for (int i = 0; i < 500; i++) {
                        duplicates.add(thread + "-" + i, randomSignature(random));
                        duplicates.find(randomSignature(random));
                    }
                });
            }
        }
        List<Optional<String>> results = new ArrayList<>();
        for (Future<Optional<String>> answer : answers) {
            results.add(answer.get());
        }

        assertThat(duplicates.size()).isEqualTo(8 + 8 * 500);
        assertThat(results).filteredOn(Optional::isEmpty).hasSize(1);
        String first = "same-" + results.indexOf(Optional.empty());
        assertThat(results)
                .filteredOn(Optional::isPresent)
                .hasSize(7)
                .allMatch(r -> r.get().equals(first));
    }

    /** A signature equal to the base one (values 0, 1, 2 ...) in all positions from {@code from} on. */
    private static Signature signature(int from, int salt) {
        int[] values = new int[Signature.SIZE];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < from ? -1 - i - 1000 * salt : i;
        }
        return new Signature(values);
    }

    private static Signature randomSignature(Random random) {
        return new Signature(random.ints(Signature.SIZE).toArray());
    }
}
