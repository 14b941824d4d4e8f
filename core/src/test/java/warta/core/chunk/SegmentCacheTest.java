package warta.core.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
}
