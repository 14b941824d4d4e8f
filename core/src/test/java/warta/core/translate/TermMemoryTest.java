package warta.core.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TermMemoryTest {

    private static final TermMemory.Rendering FOREIGN_MINISTRY =
            new TermMemory.Rendering("Kementerian Luar Negeri", "Foreign Ministry");
    private static final TermMemory.Rendering AFFAIRS =
            new TermMemory.Rendering("Kementerian Luar Negeri", "Ministry of Foreign Affairs");
    private static final TermMemory.Rendering DEPUTY = new TermMemory.Rendering("Wakil Gubernur", "Deputy Governor");

    @Test
    void should_keep_the_first_rendering_chosen_for_a_term() {
        TermMemory memory = new TermMemory();

        assertThat(memory.choose("kementerian luar negeri", FOREIGN_MINISTRY)).isTrue();
        assertThat(memory.choose("kementerian luar negeri", AFFAIRS)).isFalse();

        assertThat(memory.get("kementerian luar negeri")).contains(FOREIGN_MINISTRY);
        assertThat(memory.get("wakil gubernur")).isEmpty();
    }

    @Test
    void should_add_only_terms_it_lacks_in_the_order_chosen_and_copy_a_snapshot() {
        TermMemory run = new TermMemory();
        run.choose("kementerian luar negeri", FOREIGN_MINISTRY);
        TermMemory article = run.copy();
        article.choose("wakil gubernur", DEPUTY);
        article.choose("kementerian luar negeri", AFFAIRS);

        run.addAll(article);

        assertThat(run.asMap())
                .containsExactly(
                        Map.entry("kementerian luar negeri", FOREIGN_MINISTRY), Map.entry("wakil gubernur", DEPUTY));
        assertThat(article.size()).isEqualTo(2);
        assertThat(run.copy().asMap()).isEqualTo(run.asMap());
    }

    @Test
    void should_keep_exactly_one_rendering_per_term_when_chosen_from_several_threads() throws Exception {
        TermMemory memory = new TermMemory();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> won = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                TermMemory.Rendering rendering = i % 2 == 0 ? FOREIGN_MINISTRY : AFFAIRS;
                won.add(pool.submit(() -> memory.choose("kementerian luar negeri", rendering)));
            }
            int winners = 0;
            for (Future<Boolean> f : won) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(memory.size()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
