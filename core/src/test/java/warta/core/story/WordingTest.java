package warta.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final String SHARED = "Tali baja jembatan diduga berkarat dan tidak kuat menahan beban.";

    @Test
    void should_give_every_run_once_in_order_and_tell_whether_two_articles_meet() {
        List<int[]> a =
                List.of(Wording.runs(SHARED), Wording.runs("Tujuh warga jatuh ke Sungai Lesti pada Kamis sore."));
        List<int[]> b = List.of(Wording.runs("Tim SAR masih mencari dua warga yang hanyut sejak kemarin."));
        List<int[]> c = List.of(Wording.runs("Menurut polisi, \"tali BAJA jembatan diduga berkarat\" dan putus."));

        int[] all = Wording.all(a);

        assertThat(all).isSorted().doesNotHaveDuplicates().hasSize(a.get(0).length + a.get(1).length);
        assertThat(Wording.meet(all, Wording.all(b))).isFalse();
        assertThat(Wording.meet(all, Wording.all(c))).isTrue();
        assertThat(Wording.meet(Wording.all(c), all)).isTrue();
        assertThat(Wording.shared(c, all)).isEqualTo(1);
        assertThat(Wording.shared(b, all)).isZero();
    }
}
