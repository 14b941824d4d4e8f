package warta.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of sacreBLEU's own test suite (github.com/mjpost/sacrebleu, test/test_chrf.py, commit
 * f615c72), with its expected values, which ours must match within 0.01.
 */
class ChrfTest {

    private static final double TOLERANCE = 0.01;

    /** test_chrf.py {@code test_cases}, run by {@code test_chrf}: char 6, word 0, beta 3, eps smoothing. */
    static Stream<Arguments> epsSmoothingCases() {
        return Stream.of(
                Arguments.of(List.of("abcdefg"), List.of("hijklmnop"), 0.0),
                Arguments.of(List.of("a"), List.of("b"), 0.0),
                Arguments.of(List.of(""), List.of("b"), 0.0),
                Arguments.of(List.of(""), List.of("ref"), 0.0),
                Arguments.of(List.of(""), List.of("reference"), 0.0),
                Arguments.of(List.of("aa"), List.of("ab"), 8.3333),
                Arguments.of(List.of("a", "b"), List.of("a", "c"), 8.3333),
                Arguments.of(List.of("a"), List.of("a"), 16.6667),
                Arguments.of(List.of("a b c"), List.of("a b c"), 50.0),
                Arguments.of(List.of("a b c"), List.of("abc"), 50.0),
                Arguments.of(
                        List.of(" risk assessment must be made of those who are qualified and expertise in the sector"
                                + " - these are the scientists ."),
                        List.of("risk assessment has to be undertaken by those who are qualified and expert in that"
                                + " area - that is the scientists ."),
                        63.361730),
                Arguments.of(
                        List.of(" Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. "),
                        List.of("Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."),
                        64.1302698),
                Arguments.of(
                        List.of("Niemand hat die Absicht, eine Mauer zu errichten"),
                        List.of("Niemand hat die Absicht, eine Mauer zu errichten"),
                        100.0));
    }

    @ParameterizedTest
    @MethodSource("epsSmoothingCases")
    void should_match_sacrebleu_test_chrf(List<String> hyps, List<String> refs, double expected) {
        assertThat(new Chrf(6, 0, 3, false, true, false).corpusScore(hyps, refs))
                .isCloseTo(expected, within(TOLERANCE));
    }

    /** test_chrf.py {@code test_cases_effective_order}, run by {@code test_chrf_eff_order}: beta 3, no eps smoothing. */
    static Stream<Arguments> effectiveOrderCases() {
        return Stream.of(
                Arguments.of(List.of("a"), List.of("a"), 100.0),
                Arguments.of(List.of(""), List.of("reference"), 0.0),
                Arguments.of(List.of("a b c"), List.of("a b c"), 100.0),
                Arguments.of(List.of("a b c"), List.of("abc"), 100.0),
                Arguments.of(List.of(""), List.of("c"), 0.0),
                Arguments.of(List.of("a", "b"), List.of("a", "c"), 50.0),
                Arguments.of(List.of("aa"), List.of("ab"), 25.0));
    }

    @ParameterizedTest
    @MethodSource("effectiveOrderCases")
    void should_match_sacrebleu_test_chrf_eff_order(List<String> hyps, List<String> refs, double expected) {
        assertThat(new Chrf(6, 0, 3, false, false, false).corpusScore(hyps, refs))
                .isCloseTo(expected, within(TOLERANCE));
    }

    /** test_chrf.py {@code test_cases_keep_whitespace}, run by {@code test_chrf_keep_whitespace}: beta 3, spaces kept. */
    static Stream<Arguments> keepWhitespaceCases() {
        return Stream.of(
                Arguments.of(
                        List.of("Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich."),
                        List.of("Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."),
                        67.3481606),
                Arguments.of(
                        List.of("risk assessment must be made of those who are qualified and expertise in the sector"
                                + " - these are the scientists ."),
                        List.of("risk assessment has to be undertaken by those who are qualified and expert in that"
                                + " area - that is the scientists ."),
                        65.2414427));
    }

    @ParameterizedTest
    @MethodSource("keepWhitespaceCases")
    void should_match_sacrebleu_test_chrf_keep_whitespace(List<String> hyps, List<String> refs, double expected) {
        assertThat(new Chrf(6, 0, 3, true, false, false).corpusScore(hyps, refs))
                .isCloseTo(expected, within(TOLERANCE));
    }

    /** test_chrf.py {@code test_sentence_level_chrf}, run by {@code test_chrf_sentence_level}: defaults, eps smoothing. */
    static Stream<Arguments> sentenceCases() {
        return Stream.of(
                Arguments.of(
                        "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
                        List.of("Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře."),
                        39.14078509),
                Arguments.of(
                        "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
                        List.of("A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři."),
                        31.22557079),
                Arguments.of(
                        "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
                        List.of("Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít,"
                                + " připomněli."),
                        57.15704367));
    }

    @ParameterizedTest
    @MethodSource("sentenceCases")
    void should_match_sacrebleu_test_chrf_sentence_level(String hyp, List<String> refs, double expected) {
        assertThat(new Chrf(6, 0, 2, false, true, false).sentenceScore(hyp, refs))
                .isCloseTo(expected, within(TOLERANCE));
    }

    @Test
    void should_give_chrf_plus_plus_at_most_chrf_when_words_differ_more_than_characters() {
        List<String> hyp = List.of("Presiden meresmikan jembatan baru di Surabaya.");
        List<String> ref = List.of("The president opened a new bridge in Surabaya.");
        double chrF = Chrf.chrF().corpusScore(hyp, ref);
        double chrFpp = Chrf.chrFPlusPlus().corpusScore(hyp, ref);
        assertThat(chrFpp).isLessThan(chrF);
        assertThat(Chrf.chrFPlusPlus().corpusScore(ref, ref)).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void should_take_the_reference_with_the_best_f_score() {
        double one = Chrf.chrF().corpusScoreMulti(List.of("the cat sat"), List.of(List.of("a dog ran")));
        double both = Chrf.chrF()
                .corpusScoreMulti(List.of("the cat sat"), List.of(List.of("a dog ran"), List.of("the cat sat")));
        assertThat(one).isLessThan(50);
        assertThat(both).isCloseTo(100.0, within(1e-9));
    }
}
