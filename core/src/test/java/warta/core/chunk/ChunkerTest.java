package warta.core.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import warta.core.sentence.SentenceSplitter;

class ChunkerTest {

    private static final String[] WORDS = {
        "pemerintah",
        "Jakarta",
        "mengatakan",
        "bahwa",
        "harga",
        "beras",
        "naik",
        "Rp12.500",
        "per",
        "kilogram",
        "Presiden",
        "Dr.",
        "H.",
        "Prabowo",
        "2,5",
        "persen",
        "dan",
        "yang",
        "di",
        "Kementerian",
        "Perdagangan",
        "(Kemendag)",
        "\"kami",
        "siap\"",
        "kata",
        "dia",
        "www.kompas.com",
        "Menlu",
        "AS",
        "13.54",
        "WIB",
        "pukul",
        "Jl.",
        "Sudirman",
        "No.",
        "5"
    };

    private static final TokenCounter COUNTER = TokenCounters.o200k();

    @ParameterizedTest
    @ValueSource(ints = {8, 12, 20, 50, 120, 400, 2000})
    void should_keep_every_invariant_on_random_articles(int budget) {
        Chunker chunker = new Chunker(COUNTER, SentenceSplitter.indonesian(), budget);
        Random random = new Random(budget);
        for (int round = 0; round < 40; round++) {
            List<String> paragraphs = randomArticle(random);
            String text = Chunker.join(paragraphs);

            List<Chunk> chunks = chunker.chunk(paragraphs);

            assertInvariants(text, chunks, budget);
        }
    }

    @Test
    void should_put_a_whole_article_in_one_chunk_when_it_fits() {
        List<String> paragraphs = List.of("Harga beras naik.", "Pemerintah menggelar operasi pasar.");
        List<Chunk> chunks = Chunker.of(1000).chunk(paragraphs);
        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Harga beras naik.\n\nPemerintah menggelar operasi pasar.");
            assertThat(c.tokens()).isEqualTo(COUNTER.count(c.text()));
        });
    }

    @Test
    void should_cut_at_paragraph_boundaries_when_paragraphs_fit() {
        String p1 = "Harga beras di Pasar Induk Cipinang naik dua kali dalam sepekan terakhir.";
        String p2 = "Pedagang menyebut pasokan dari Karawang dan Subang berkurang karena banjir.";
        String p3 = "Kementerian Perdagangan akan menggelar operasi pasar mulai Senin depan.";
        int budget = COUNTER.count(p1 + "\n\n" + p2) + 1;

        List<Chunk> chunks = Chunker.of(budget).chunk(List.of(p1, p2, p3));

        assertThat(chunks).extracting(Chunk::text).containsExactly(p1 + "\n\n" + p2, p3);
    }

    @Test
    void should_move_a_paragraph_whole_to_the_next_chunk_rather_than_split_it() {
        String p1 = "Harga beras naik.";
        String p2 =
                "Pedagang menyebut pasokan dari Karawang dan Subang berkurang karena banjir. Operasi pasar segera digelar.";
        int budget = COUNTER.count(p2) + 1;

        List<Chunk> chunks = Chunker.of(budget).chunk(List.of(p1, p2));

        assertThat(chunks).extracting(Chunk::text).containsExactly(p1, p2);
    }

    @Test
    void should_cut_a_long_paragraph_at_sentence_boundaries() {
        String s1 = "Harga beras di Pasar Induk Cipinang naik dua kali dalam sepekan terakhir.";
        String s2 = "Pedagang menyebut pasokan dari Karawang berkurang.";
        String s3 = "Dr. H. Budi, kepala dinas, menyebut operasi pasar digelar pukul 13.54 WIB.";
        int budget = Math.max(COUNTER.count(s1), COUNTER.count(s3)) + 2;

        List<Chunk> chunks = Chunker.of(budget).chunk(List.of(s1 + " " + s2 + " " + s3));

        assertThat(chunks)
                .extracting(Chunk::text)
                .allSatisfy(text -> assertThat(List.of(s1, s2, s3, s1 + " " + s2, s2 + " " + s3))
                        .contains(text));
    }

    @Test
    void should_cut_a_sentence_over_budget_at_clauses_then_words() {
        String sentence =
                "Pemerintah, kata menteri, akan menambah anggaran; operasi pasar digelar di Jakarta, Bandung, "
                        + "Surabaya, Medan, Makassar, dan Denpasar mulai pekan depan hingga akhir bulan Ramadan tahun ini.";
        Chunker chunker = Chunker.of(10);

        List<Chunk> chunks = chunker.chunk(List.of(sentence));

        assertInvariants(sentence, chunks, 10);
        assertThat(chunks.getFirst().text()).isEqualTo("Pemerintah, kata menteri,");
        assertThat(chunks).extracting(Chunk::text).noneMatch(t -> t.startsWith(" ") || t.endsWith(" "));
    }

    @Test
    void should_cut_a_giant_word_between_characters() {
        String url = "https://www.contoh.co.id/" + "a1b2c3d4e5".repeat(40);
        List<Chunk> chunks = Chunker.of(8).chunk(List.of("Lihat " + url + " untuk data."));
        assertInvariants("Lihat " + url + " untuk data.", chunks, 8);
        assertThat(chunks.size()).isGreaterThan(5);
    }

    @Test
    void should_cut_a_run_of_characters_outside_the_basic_plane_within_budget() {
        String fancy =
                "Lihat \uD835\uDD18\uD835\uDD2B\uD835\uDD26\uD835\uDD20\uD835\uDD2C\uD835\uDD21\uD835\uDD22".repeat(3);
        for (int budget : new int[] {8, 9, 13}) {
            List<Chunk> chunks = Chunker.of(budget).chunk(List.of(fancy));

            assertInvariants(fancy, chunks, budget);
            assertThat(chunks)
                    .allSatisfy(
                            c -> assertThat(Character.isLowSurrogate(c.text().charAt(0)))
                                    .isFalse());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "=", "a.", "1.", "(", "x", "Ab9-"})
    void should_count_a_long_run_without_spaces_a_bounded_number_of_times(String unit) {
        String run = "Harga naik. " + unit.repeat(200_000 / unit.length());
        AtomicLong counted = new AtomicLong();
        TokenCounter counting = text -> {
            counted.addAndGet(text.length());
            return COUNTER.count(text);
        };
        Chunker chunker = new Chunker(counting, SentenceSplitter.indonesian(), 100);

        List<Chunk> chunks = chunker.chunk(List.of(run));

        assertInvariants(run, chunks, 100);
        assertThat(counted.get()).as("characters counted").isLessThan(12L * run.length());
    }

    @Test
    void should_be_deterministic() {
        List<String> paragraphs = randomArticle(new Random(7));
        assertThat(Chunker.of(30).chunk(paragraphs)).isEqualTo(Chunker.of(30).chunk(paragraphs));
    }

    @Test
    void should_refuse_a_budget_too_small_to_hold_anything() {
        assertThatThrownBy(() -> Chunker.of(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxTokens");
    }

    @Test
    void should_refuse_blank_paragraphs() {
        assertThatThrownBy(() -> Chunker.of(100).chunk(List.of("Isi.", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    private static void assertInvariants(String text, List<Chunk> chunks, int budget) {
        assertThat(chunks).isNotEmpty();
        StringBuilder joined = new StringBuilder();
        int previousEnd = 0;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            assertThat(chunk.index()).isEqualTo(i);
            assertThat(chunk.tokens()).isEqualTo(COUNTER.count(chunk.text())).isLessThanOrEqualTo(budget);
            assertThat(chunk.text()).isEqualTo(text.substring(chunk.start(), chunk.end()));
            String gap = text.substring(previousEnd, chunk.start());
            assertThat(gap).isBlank();
            joined.append(gap).append(chunk.text());
            previousEnd = chunk.end();
        }
        assertThat(text.substring(previousEnd)).isBlank();
        assertThat(joined.toString()).isEqualTo(text.strip());
    }

    private static List<String> randomArticle(Random random) {
        List<String> paragraphs = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int p = 0; p < count; p++) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 1 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                int words = 1 + random.nextInt(random.nextInt(10) == 0 ? 80 : 20);
                StringBuilder sentence = new StringBuilder(capitalised(WORDS[random.nextInt(WORDS.length)]));
                for (int w = 1; w < words; w++) {
                    sentence.append(random.nextInt(7) == 0 ? ", " : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                paragraph.append(s == 0 ? "" : " ").append(sentence).append(random.nextInt(5) == 0 ? "?" : ".");
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
