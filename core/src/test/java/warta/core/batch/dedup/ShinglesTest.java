package warta.core.batch.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    @Test
    void should_keep_lower_case_letters_and_digits_and_break_words_at_everything_else() {
        assertThat(Shingles.normalise("  JAKARTA, KOMPAS.com –  Harga   beras naik 3,5%\n\n(\"anak-anak\")"))
                .isEqualTo("jakarta kompas com harga beras naik 3 5 anak anak");
    }

    @Test
    void should_make_one_shingle_per_run_of_five_words() {
        assertThat(Shingles.hashes("satu dua tiga empat lima enam tujuh")).hasSize(3);
    }

    @Test
    void should_make_one_shingle_of_all_words_when_there_are_fewer_than_five() {
        assertThat(Shingles.hashes("banjir di Bekasi")).hasSize(1);
        assertThat(Shingles.hashes("banjir di Bekasi")).isEqualTo(Shingles.hashes("Banjir, di BEKASI!"));
        assertThat(Shingles.hashes("banjir di Bekasi")).isNotEqualTo(Shingles.hashes("banjir di Bogor"));
    }

    @Test
    void should_make_no_shingle_from_text_without_words() {
        assertThat(Shingles.hashes(" -- ... ")).isEmpty();
    }

    @Test
    void should_depend_on_word_order_within_a_shingle() {
        assertThat(Shingles.hashes("satu dua tiga empat lima"))
                .isNotEqualTo(Shingles.hashes("dua satu tiga empat lima"));
    }

    @Test
    void should_hash_words_with_fnv1a_64() {
        // reference values of FNV-1a 64: offset basis for "", and the published value for "a"
        assertThat(Shingles.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Shingles.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }
}
