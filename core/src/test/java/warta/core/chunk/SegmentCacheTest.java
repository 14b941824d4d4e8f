package warta.core.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import warta.core.Fixtures;

class SegmentCacheTest {

    private static final String[] PIECES = {
        "kata",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "Rp12.500",
        "3.000",
        "2,5",
        "13.54",
        "\"",
        "'s",
        "'S",
        " '",
        "(",
        ")",
        "[SB]",
        ".",
        ",",
        "...",
        "\u2026",
        "\u201c",
        "\u201d",
        "\u2013",
        "-",
        "/",
        "é",
        "e\u0301",
        "\u00a0",
        "\u200b",
        "😀",
        "Jakarta",
        "JAKARTA",
        "KOMPAS.com",
        "don't",
        "I'LL",
        "www.kompas.com/berita",
        "a@b.id",
        "日本",
        "ß",
        "Ωmega",
        "١٢٣",
        "x",
        "\r\n",
        "  \n",
        "?!",
        "#1",
        "__",
        "A.S.",
        "Dr."
    };

    @ParameterizedTest
    @EnumSource(
            value = EncodingType.class,
            names = {"O200K_BASE", "CL100K_BASE"})
    void should_count_exactly_what_the_tokenizer_counts(EncodingType type) {
        Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(type);
        TokenCounter direct = text -> encoding.countTokensOrdinary(text);
        SegmentCache cached = new SegmentCache(direct);
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertThat(cached.count(s)).as("text [%s]", s).isEqualTo(direct.count(s));
        }
        for (String fixture : new String[] {"medcom-style.txt", "wire-style.html"}) {
            String text = Fixtures.load(fixture);
            assertThat(cached.count(text)).isEqualTo(direct.count(text));
            assertThat(cached.count(text)).as("second time, from the cache").isEqualTo(direct.count(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"o200k_base", "cl100k_base"})
    void should_know_the_longest_token_of_each_built_in_vocabulary(String vocabulary) throws IOException {
        int longest = 0;
        try (InputStream in = Encoding.class.getResourceAsStream("/com/knuddels/jtokkit/" + vocabulary + ".tiktoken");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String token = line.substring(0, line.indexOf(' '));
                longest = Math.max(longest, Base64.getDecoder().decode(token).length);
            }
        }
        assertThat(longest).isEqualTo(TokenCounters.LONGEST_TOKEN);
    }

    @Test
    void should_tell_a_text_too_long_for_the_limit_without_counting_it() {
        AtomicInteger counted = new AtomicInteger();
        SegmentCache cache = new SegmentCache(text -> counted.incrementAndGet(), 4);
        String text = "x".repeat(4 * 10 + 1);

        assertThat(cache.countUpTo(text, 10)).isGreaterThan(10);
        assertThat(counted).hasValue(0);
        assertThat(cache.countUpTo(text, 11)).isEqualTo(1);
        assertThat(counted).hasValue(1);
    }

    @Test
    void should_give_the_exact_count_up_to_the_limit() {
        TokenCounter counter = TokenCounters.o200k();
        String text = "....".repeat(10_000);
        int tokens = counter.count(text);

        assertThat(counter.countUpTo(text, tokens)).isEqualTo(tokens);
        assertThat(counter.countUpTo(text, tokens - 1)).isGreaterThan(tokens - 1);
        assertThat(counter.countUpTo(text, 10)).isGreaterThan(10);
    }
}
