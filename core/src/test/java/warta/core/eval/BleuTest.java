package warta.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import warta.core.eval.Bleu.Smoothing;
import warta.core.eval.Bleu.Tokenizer;

/**
 * The cases of sacreBLEU's own test suite (github.com/mjpost/sacrebleu, test/test_bleu.py and
 * test/test_sentence_bleu.py, commit f615c72), with its expected values, which ours must match
 * within 0.01 (of a score on sacreBLEU's 0-100 scale; test_bleu.py's 0-1 values are scaled).
 * The cases for the "intl" and "char" tokenizers are left out: Warta does not offer them.
 */
class BleuTest {

    private static final double TOLERANCE = 0.01;

    private static final List<List<String>> README_REFS = List.of(
            List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first."),
            List.of("The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."));
    private static final List<String> README_HYPS =
            List.of("The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");

    /** sacreBLEU's {@code raw_corpus_bleu}: no tokenization, floor smoothing, effective order. */
    private static Bleu raw(Double floor) {
        return new Bleu(Tokenizer.NONE, Smoothing.FLOOR, floor, true, 4, false);
    }

    /** test_bleu.py {@code test_raw_bleu_cases}, run by {@code test_raw_bleu} (floor 0.01). */
    static Stream<Arguments> rawCases() {
        return Stream.of(
                Arguments.of(List.of("this is a test", "another test"), List.of(List.of("ref1", "ref2")), 0.0),
                Arguments.of(List.of("this is a test"), List.of(List.of("this is a test")), 1.0),
                Arguments.of(List.of("this is a fest"), List.of(List.of("this is a test")), 0.223606797749979));
    }

    @ParameterizedTest
    @MethodSource("rawCases")
    void should_match_sacrebleu_test_raw_bleu(List<String> hyps, List<List<String>> refs, double expected) {
        assertThat(raw(0.01).corpusScoreMulti(hyps, refs).score()).isCloseTo(100 * expected, within(TOLERANCE));
    }

    /** test_bleu.py {@code test_corpus_bleu_cases}, run by {@code test_corpus_bleu} (the intl case left out). */
    static Stream<Arguments> corpusCases() {
        Bleu standard = Bleu.standard();
        Bleu none = new Bleu(Tokenizer.NONE, Smoothing.EXP, null, false, 4, false);
        Bleu unsmoothed = new Bleu(Tokenizer.THIRTEEN_A, Smoothing.NONE, null, false, 4, false);
        return Stream.of(
                Arguments.of(standard, README_HYPS, 48.530827),
                Arguments.of(standard, List.of("", "", ""), 0.0),
                Arguments.of(none, README_HYPS, 49.1919566),
                Arguments.of(unsmoothed, README_HYPS, 48.530827));
    }

    @ParameterizedTest
    @MethodSource("corpusCases")
    void should_match_sacrebleu_test_corpus_bleu(Bleu bleu, List<String> hyps, double expected) {
        assertThat(bleu.corpusScoreMulti(hyps, README_REFS).score()).isCloseTo(expected, within(TOLERANCE));
    }

    /** test_bleu.py {@code test_case_effective_order}, run by {@code test_effective_order} (floor 0.01). */
    static Stream<Arguments> effectiveOrderCases() {
        return Stream.of(
                Arguments.of("test", "a test", 0.3678794411714425),
                Arguments.of("a test", "a test", 1.0),
                Arguments.of("a little test", "a test", 0.03218297948685433));
    }

    @ParameterizedTest
    @MethodSource("effectiveOrderCases")
    void should_match_sacrebleu_test_effective_order(String hyp, String ref, double expected) {
        assertThat(raw(0.01).corpusScore(List.of(hyp), List.of(ref)).score())
                .isCloseTo(100 * expected, within(TOLERANCE));
    }

    /** test_bleu.py {@code test_case_statistics}, run by {@code test_statistics}. */
    @Test
    void should_match_sacrebleu_test_statistics() {
        BleuScore score = raw(0.01)
                .corpusScore(List.of("am I am a character sequence"), List.of("I am a symbol string sequence a a"));
        assertThat(score.correct()).containsExactly(4, 2, 1, 0);
        assertThat(score.total()).containsExactly(6, 5, 4, 3);
    }

    /** test_bleu.py {@code test_case_scoring}, run by {@code test_scoring} ({@code compute_bleu}'s default: no smoothing). */
    @Test
    void should_match_sacrebleu_test_scoring() {
        Bleu bleu = new Bleu(Tokenizer.NONE, Smoothing.NONE, null, false, 4, false);
        double score = bleu.compute(new long[] {9, 7, 5, 3}, new long[] {10, 8, 6, 4}, 11, 11)
                .score();
        assertThat(score).isCloseTo(100 * 0.8375922397, within(TOLERANCE));
    }

    /** test_bleu.py {@code test_case_offset}, run by {@code test_offset}: floor 0, and the default 0.1. */
    @Test
    void should_match_sacrebleu_test_offset() {
        List<String> hyp = List.of("am I am a character sequence");
        List<String> ref = List.of("I am a symbol string sequence a a");
        assertThat(raw(0.0).corpusScore(hyp, ref).score()).isCloseTo(0.0, within(TOLERANCE));
        assertThat(raw(null).corpusScore(hyp, ref).score()).isCloseTo(100 * 0.1555722182, within(TOLERANCE));
        assertThat(raw(0.1).corpusScore(hyp, ref).score()).isCloseTo(100 * 0.1555722182, within(TOLERANCE));
    }

    /** test_bleu.py {@code test_case_degenerate_stats}, run by {@code test_degenerate_statistics}: exactly 0. */
    static Stream<Arguments> degenerateCases() {
        return Stream.of(
                Arguments.of(new long[] {0, 0, 0, 0}, new long[] {4, 4, 2, 1}, 0, 1, 0.0),
                Arguments.of(new long[] {0, 0, 0, 0}, new long[] {10, 11, 12, 0}, 14, 10, 0.0),
                Arguments.of(new long[] {0, 0, 0, 0}, new long[] {0, 0, 0, 0}, 0, 0, 0.0),
                Arguments.of(new long[] {6, 5, 4, 0}, new long[] {6, 5, 4, 3}, 6, 6, 0.0),
                Arguments.of(new long[] {0, 0, 0, 0}, new long[] {0, 0, 0, 0}, 0, 0, 0.1),
                Arguments.of(new long[] {0, 0, 0, 0}, new long[] {0, 0, 0, 0}, 1, 5, 0.01));
    }

    @ParameterizedTest
    @MethodSource("degenerateCases")
    void should_match_sacrebleu_test_degenerate_statistics(
            long[] correct, long[] total, long sysLen, long refLen, double floor) {
        Bleu bleu = new Bleu(Tokenizer.THIRTEEN_A, Smoothing.FLOOR, floor, false, 4, false);
        assertThat(bleu.compute(correct, total, sysLen, refLen).score()).isEqualTo(0.0);
    }

    /** test_bleu.py {@code test_bleu_max_order}, run by {@code test_max_ngram_order} (to two decimals). */
    static Stream<Arguments> maxOrderCases() {
        return Stream.of(
                Arguments.of(1, "77.65"),
                Arguments.of(2, "60.50"),
                Arguments.of(3, "53.93"),
                Arguments.of(4, "48.53"),
                Arguments.of(5, "46.14"),
                Arguments.of(6, "43.28"));
    }

    @ParameterizedTest
    @MethodSource("maxOrderCases")
    void should_match_sacrebleu_test_max_ngram_order(int order, String expected) {
        Bleu bleu = new Bleu(Tokenizer.THIRTEEN_A, Smoothing.EXP, null, false, order, false);
        assertThat(String.format(
                        java.util.Locale.ROOT,
                        "%.2f",
                        bleu.corpusScoreMulti(README_HYPS, README_REFS).score()))
                .isEqualTo(expected);
    }

    private static final String SENTENCE_REF = "producţia de zahăr brut se exprimă în zahăr alb;";
    private static final String SENTENCE_SYS =
            "Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;";

    /**
     * test_sentence_bleu.py {@code test_cases}, run by {@code test_api_sentence_bleu} (effective
     * order; the intl and char tokenizer cases left out).
     */
    static Stream<Arguments> sentenceCases() {
        return Stream.of(
                Arguments.of(Smoothing.EXP, null, Tokenizer.THIRTEEN_A, 8.493),
                Arguments.of(Smoothing.NONE, null, Tokenizer.THIRTEEN_A, 0.0),
                Arguments.of(Smoothing.FLOOR, null, Tokenizer.THIRTEEN_A, 4.51688),
                Arguments.of(Smoothing.FLOOR, 0.1, Tokenizer.THIRTEEN_A, 4.51688),
                Arguments.of(Smoothing.FLOOR, 0.5, Tokenizer.THIRTEEN_A, 10.10),
                Arguments.of(Smoothing.ADD_K, null, Tokenizer.THIRTEEN_A, 14.882),
                Arguments.of(Smoothing.ADD_K, 1.0, Tokenizer.THIRTEEN_A, 14.882),
                Arguments.of(Smoothing.ADD_K, 2.0, Tokenizer.THIRTEEN_A, 21.389),
                Arguments.of(Smoothing.EXP, null, Tokenizer.NONE, 7.347));
    }

    @ParameterizedTest
    @MethodSource("sentenceCases")
    void should_match_sacrebleu_test_api_sentence_bleu(
            Smoothing smoothing, Double value, Tokenizer tokenizer, double expected) {
        Bleu bleu = new Bleu(tokenizer, smoothing, value, true, 4, false);
        assertThat(bleu.corpusScore(List.of(SENTENCE_SYS), List.of(SENTENCE_REF))
                        .score())
                .isCloseTo(expected, within(TOLERANCE));
    }

    /** test_sentence_bleu.py {@code test_cases_zero_bleu}, run by {@code test_api_sentence_bleu_zero}. */
    @ParameterizedTest
    @MethodSource("zeroCases")
    void should_match_sacrebleu_test_api_sentence_bleu_zero(Smoothing smoothing, Double value) {
        Bleu bleu = new Bleu(Tokenizer.THIRTEEN_A, smoothing, value, true, 4, false);
        assertThat(bleu.corpusScore(List.of("this is a cat"), List.of("okay thanks"))
                        .score())
                .isCloseTo(0.0, within(TOLERANCE));
    }

    static Stream<Arguments> zeroCases() {
        return Stream.of(
                Arguments.of(Smoothing.EXP, null),
                Arguments.of(Smoothing.NONE, null),
                Arguments.of(Smoothing.FLOOR, null),
                Arguments.of(Smoothing.FLOOR, 0.1),
                Arguments.of(Smoothing.ADD_K, null),
                Arguments.of(Smoothing.ADD_K, 1.0));
    }

    @Test
    void should_split_punctuation_as_mteval_13a_does() {
        assertThat(Tokenizer13a.tokenize("Harga naik 3.5% (Rp 1,200), kata-nya."))
                .isEqualTo("Harga naik 3.5 % ( Rp 1,200 ) , kata-nya .");
        assertThat(Tokenizer13a.tokenize("It wasn't 1990-2000 &amp; more")).isEqualTo("It wasn't 1990 - 2000 & more");
        assertThat(Arrays.asList(Tokenizer13a.tokenize("  a\u00a0b  ").split(" ")))
                .containsExactly("a", "b");
    }
}
