package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthAlignerTest {

    @Test
    void should_take_every_unit_once_in_order_however_uneven_the_counts() {
        int[][] counts = {{1, 30}, {30, 1}, {50, 47}, {0, 3}, {3, 0}, {40, 40}};
        for (int[] count : counts) {
            List<String> source = Collections.nCopies(count[0], "Warga mengungsi ke sekolah terdekat.");
            List<String> target = Collections.nCopies(count[1], "Residents fled to a nearby school.");

            List<LengthAligner.Bead> beads = LengthAligner.align(source, target);

            int i = 0;
            int j = 0;
            for (LengthAligner.Bead bead : beads) {
                assertThat(bead.source()).isEqualTo(i);
                assertThat(bead.target()).isEqualTo(j);
                i += bead.sourceCount();
                j += bead.targetCount();
            }
            assertThat(new int[] {i, j}).containsExactly(count[0], count[1]);
        }
    }

    @Test
    void should_pair_sentences_one_to_one_when_each_has_its_translation() {
        List<String> source = List.of(
                "Banjir merendam 500 rumah di Kampung Melayu.",
                "Belum ada tanda bahwa kedua aksi itu saling berkaitan.",
                "Polisi menangkap tiga orang pada Senin.");
        List<String> target = List.of(
                "Floods inundated 500 houses in Kampung Melayu.",
                "There's no sign the protests are linked.",
                "Police arrested three people on Monday.");

        assertThat(LengthAligner.align(source, target))
                .allSatisfy(bead -> assertThat(bead.sourceCount()).isEqualTo(1))
                .allSatisfy(bead -> assertThat(bead.targetCount()).isEqualTo(1));
    }
}
