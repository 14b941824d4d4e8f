package warta.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.sentence.SentenceSplitter;

class UnsupportedTest {

    @Test
    void should_merge_mentions_of_one_problem_and_keep_the_first_in_order() {
        String claims = "Talks in Oslo. Norway's envoy and Norway. Then 12 and 12.";
        List<Unsupported> mentions = List.of(
                new Unsupported(Unsupported.Kind.NUMBER, "12", claims.indexOf("12")),
                new Unsupported(Unsupported.Kind.NAME, "Norway", claims.lastIndexOf("Norway")),
                new Unsupported(Unsupported.Kind.NAME, "Norway's", claims.indexOf("Norway")),
                new Unsupported(Unsupported.Kind.NUMBER, "12", claims.lastIndexOf("12")));

        List<Finding> findings = Unsupported.findings(mentions, claims, spans(claims), 3);

        assertThat(findings)
                .containsExactly(
                        new Finding(
                                3,
                                "Norway's",
                                "name Norway's: not in the source, neither as written nor in English; 2 mentions;"
                                        + " in \"Norway's envoy and Norway.\""),
                        new Finding(
                                3,
                                "12",
                                "number 12: not in the source, in digits or in words; 2 mentions;"
                                        + " in \"Then 12 and 12.\""));
    }

    @Test
    void should_cut_a_long_statement() {
        String claims = "Oslo " + "word ".repeat(50) + "end.";
        List<Unsupported> mentions = List.of(new Unsupported(Unsupported.Kind.NAME, "Oslo", 0));

        String detail = Unsupported.findings(mentions, claims, spans(claims), -1)
                .getFirst()
                .detail();

        assertThat(detail).endsWith("…\"");
        assertThat(detail.substring(detail.indexOf("in \"") + 4, detail.length() - 1))
                .hasSizeLessThanOrEqualTo(Unsupported.STATEMENT_CHARS);
    }

    private static List<warta.core.sentence.Span> spans(String text) {
        return SentenceSplitter.indonesian().spans(text);
    }
}
