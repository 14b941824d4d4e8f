package warta.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.check.Finding;
import warta.core.check.UnsupportedCheck;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.glossary.Glossary;
import warta.core.inspect.Inspection;
import warta.core.read.ArticleInput;
import warta.core.read.ReadOptions;
import warta.core.sentence.SentenceSplitter;

/**
 * Every path of core that reads user text (the checks included), on hostile inputs of about a megabyte: long runs of
 * punctuation, a one-megabyte word, "a." and "1.1.1..." lines, promo labels, line separators,
 * deeply nested tags. Each must finish inside {@link #LIMIT}. The slowest takes about 5 s on a
 * busy two-core machine; before the fixes, a run of dots before a link took 6 s at 32,000
 * characters and grew with the square of the length (hours at a megabyte), line separators after
 * "Baca juga" likewise, chunking the one-megabyte word took minutes, a bracket of agencies took a
 * minute at 8,000 characters, and a domain-like dateline overflowed the stack. So a regression
 * fails by a wide margin rather than by jitter. The time of every run is printed, and the longest
 * at the end.
 */
class AdversarialInputTest {

    private static final int SIZE = 1 << 20;
    private static final Duration LIMIT = Duration.ofSeconds(15);
    private static final int CHUNK_TOKENS = 1000;
    private static final String LEAD = "Pemerintah Kota Bandung membuka taman kota baru di kawasan Cibeunying.";
    private static final Warta WARTA = Warta.builder()
            .readOptions(ReadOptions.defaults().withMaxBytes(8L * SIZE))
            .chunkTokens(CHUNK_TOKENS)
            .build();
    private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();

    static Stream<Arguments> texts() {
        return Stream.of(
                text("dots", ".".repeat(SIZE)),
                text("exclamation marks", "!".repeat(SIZE)),
                text("hyphens", "-".repeat(SIZE)),
                text("equals signs", "=".repeat(SIZE)),
                text("opening brackets", "(".repeat(SIZE)),
                text("one word of letters", letters(SIZE)),
                text("a. repeated", "a.".repeat(SIZE / 2)),
                text("digits and dots", "1.".repeat(SIZE / 2) + "1"),
                text("Baca juga labels", "Baca juga: ".repeat(SIZE / 11)),
                text("line separators after a label", "Baca juga" + "\u2028".repeat(SIZE) + "x\u2028y"),
                Arguments.of("a domain-like dateline", "KOMPAS" + ".com".repeat(SIZE / 4) + " - " + LEAD),
                text("a bracket of agencies", "Foto (" + "AFP/".repeat(SIZE / 4) + ") dan"));
    }

    static Stream<Arguments> pages() {
        String nested = "<div><span>".repeat(SIZE / 11) + "teks" + "</span></div>".repeat(SIZE / 13);
        String labels = "<p>Baca juga: <a href=\"/a\">Judul berita lain</a></p>".repeat(SIZE / 50);
        return Stream.of(
                page("dots before a link (issue 11)", "<p>" + ".".repeat(SIZE) + "x <a href=\"/a\">tautan</a></p>"),
                page("deeply nested tags", nested),
                page("promo labels with links", labels),
                Arguments.of(
                        "a long title",
                        "<html><head><title>" + "Berita | ".repeat(SIZE / 9) + "</title></head><body><article><p>"
                                + LEAD + "</p></article></body></html>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void should_inspect_a_hostile_text_in_time(String name, String text) {
        Inspection inspection = within(name + ": inspect TEXT", () -> WARTA.inspect(read(text, Article.Format.TEXT)));

        assertThat(inspection.chunks())
                .allSatisfy(chunk -> assertThat(chunk.tokens()).isLessThanOrEqualTo(CHUNK_TOKENS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void should_prepare_a_hostile_text_in_time(String name, String text) {
        within(name + ": prepare TEXT", () -> WARTA.prepare(new ArticleInput(null, text, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void should_split_and_chunk_a_hostile_text_in_time(String name, String text) {
        List<Chunk> chunks = within(name + ": split and chunk", () -> {
            SentenceSplitter.indonesian().spans(text);
            return Chunker.of(CHUNK_TOKENS).chunk(List.of(text));
        });

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.tokens()).isLessThanOrEqualTo(CHUNK_TOKENS));
        assertThat(text.substring(0, chunks.getFirst().start())).isBlank();
        assertThat(text.substring(chunks.getLast().end())).isBlank();
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(text.substring(chunks.get(i - 1).end(), chunks.get(i).start()))
                    .isBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void should_check_a_hostile_text_as_claims_and_as_reference_in_time(String name, String text) {
        Map<String, String> glossary = Glossary.builtIn().asMap();
        String summary = "The Bandung City Government opened a new park in Cibeunying.";

        within(name + ": check claims", () -> UnsupportedCheck.full().check(text, LEAD, glossary, -1));
        List<Finding> findings =
                within(name + ": check reference", () -> UnsupportedCheck.full().check(summary, text, glossary, -1));

        assertThat(findings).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void should_inspect_a_hostile_page_in_time(String name, String html) {
        Inspection inspection = within(name + ": inspect HTML", () -> WARTA.inspect(read(html, Article.Format.HTML)));

        assertThat(inspection.article().paragraphs()).contains(LEAD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void should_prepare_a_hostile_page_in_time(String name, String html) {
        within(name + ": prepare HTML", () -> WARTA.prepare(new ArticleInput(null, null, html, null)));
    }

    @AfterAll
    static void printLongest() {
        MILLIS.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .ifPresent(e -> System.out.printf(
                        "AdversarialInputTest: longest %d ms (%s), limit %d ms%n",
                        e.getValue(), e.getKey(), LIMIT.toMillis()));
    }

    private static Arguments text(String name, String run) {
        return Arguments.of(name, LEAD + "\n\n" + run);
    }

    private static Arguments page(String name, String body) {
        return Arguments.of(name, "<html><body><article><p>" + LEAD + "</p>" + body + "</article></body></html>");
    }

    private static Article read(String content, Article.Format format) {
        return WARTA.reader().fromString(content, Source.inline(), format);
    }

    private static <T> T within(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = assertTimeoutPreemptively(LIMIT, work::get, what);
        long millis = (System.nanoTime() - start) / 1_000_000;
        MILLIS.put(what, millis);
        System.out.printf("AdversarialInputTest: %-55s %6d ms%n", what, millis);
        return result;
    }

    /** Letters without a space or a repeat a tokenizer could merge away, the same every run. */
    private static String letters(int length) {
        Random random = new Random(11);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
