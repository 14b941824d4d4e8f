package warta.core.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The splitter's contract, checked over hand-written texts and over random ones. */
class SentenceSplitterInvariantsTest {

    private static final String[] PIECES = {
        "Jakarta",
        "dia",
        "Dr",
        "Jl",
        "No",
        "dll",
        "A.S",
        "M.Si",
        "B",
        "x",
        "13.54",
        "3.000",
        "2,5",
        "www.kompas.com",
        "nama@contoh.co.id",
        "Rp",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\u00a0",
        "\r\n",
        ".",
        ".",
        "...",
        "…",
        "?",
        "!",
        "?!",
        "\"",
        "“",
        "”",
        "’",
        "'",
        "(",
        ")",
        ",",
        "-",
        "$",
        "5",
        "é",
        "Ü",
        "中",
        "\uD83D\uDE00",
        "\u2003",
    };

    private final SentenceSplitter splitter = SentenceSplitter.indonesian();

    static Stream<String> fixtures() {
        return Stream.of(
                "Presiden tiba di Bandung. Ia disambut warga.",
                "  \"Kami siap,\" kata dia.  \"Ayo!\"  Mereka pergi…\n\nParagraf baru tanpa titik",
                "Jl. Sudirman No. 5, Rp. 3.000, pukul 13.54 WIB. Lihat www.kompas.com. Oke?!",
                ". . . ! ? …",
                "\n\n\n",
                "Titik.",
                "a.b.c. D.E.F. g. H. \"(Ya.)\" ”");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void should_keep_contract_on_fixtures(String text) {
        assertContract(text, splitter.spans(text));
    }

    @Test
    void should_keep_contract_on_random_texts() {
        for (long seed = 0; seed < 3_000; seed++) {
            String text = randomText(new Random(seed));
            List<Span> spans = splitter.spans(text);

            assertContract(text, spans);
        }
    }

    @Test
    void should_keep_contract_on_random_characters() {
        Random random = new Random(42);
        for (int round = 0; round < 1_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append((char) random.nextInt(0x3000));
            }
            assertContract(text.toString(), splitter.spans(text.toString()));
        }
    }

    @Test
    void should_agree_with_spans_when_splitting() {
        String text = "Ia pergi. \"Saya lelah,\" katanya. Lalu tidur.";

        assertThat(splitter.split(text))
                .isEqualTo(
                        splitter.spans(text).stream().map(span -> span.of(text)).toList());
    }

    @Test
    void should_give_same_results_when_shared_across_threads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            texts.add(randomText(new Random(seed)));
        }
        List<List<Span>> expected = texts.stream().map(splitter::spans).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Span>>>> results = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                results.add(
                        pool.submit(() -> texts.stream().map(splitter::spans).toList()));
            }
            for (Future<List<List<Span>>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** Trimmed, ordered, non-overlapping, non-empty spans with only whitespace between. */
    private static void assertContract(String text, List<Span> spans) {
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.start()).as("order in %s", quoted(text)).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).as("bounds in %s", quoted(text)).isLessThanOrEqualTo(text.length());
            assertThat(isSpace(text.charAt(span.start())) || isSpace(text.charAt(span.end() - 1)))
                    .as("trimmed %s in %s", span, quoted(text))
                    .isFalse();
            assertThat(isBlank(text, previousEnd, span.start()))
                    .as("only whitespace before %s in %s", span, quoted(text))
                    .isTrue();
            previousEnd = span.end();
        }
        assertThat(isBlank(text, previousEnd, text.length()))
                .as("only whitespace after the last span in %s", quoted(text))
                .isTrue();
    }

    private static boolean isBlank(String text, int from, int to) {
        return text.substring(from, to).chars().allMatch(c -> isSpace((char) c));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
