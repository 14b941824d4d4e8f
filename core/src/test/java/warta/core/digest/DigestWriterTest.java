package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import warta.core.usage.Usage;

class DigestWriterTest {

    private static final String EVIL = "<script>alert('x')</script> & \"quotes\"";

    private static Digest digest(List<DigestFinding> findings) {
        DigestSource one = new DigestSource(
                1,
                "a",
                "Antara",
                "2024-03-05",
                "Banjir " + EVIL,
                "in/a.txt",
                List.of("Banjir merendam 1.200 rumah.", "Lima orang meninggal <b>dunia</b>."));
        DigestSource two = new DigestSource(
                2, "b", null, null, null, "https://example.org/b?x=1&y=2", List.of("Tujuh orang meninggal."));
        DigestStory story = new DigestStory(
                "s-0123456789",
                "Flood in Bekasi " + EVIL,
                "2024-03-03",
                "2024-03-04",
                List.of(1, 2),
                List.of(
                        new DigestStatement("A flood hit 1,200 homes.", List.of(new Citation(1, List.of(1)))),
                        new DigestStatement(
                                "Deaths were reported.",
                                List.of(new Citation(1, List.of(2)), new Citation(2, List.of(1))))),
                List.of(new DigestStatement("Homes flooded " + EVIL, List.of(new Citation(1, List.of(1, 2))))),
                List.of(new Disagreement(
                        "number",
                        "Antara says 5, the other report 7.",
                        List.of(new Citation(1, List.of(2)), new Citation(2, List.of(1))))));
        return new Digest(
                List.of(one, two),
                List.of(story),
                List.of(new DigestStatement("One story.", List.of(new Citation(1, List.of())))),
                DigestChecks.of(findings),
                new Usage("openai", "fake", "v1", 3, 0, 100, 0, 50, false, 10));
    }

    @Test
    void should_write_markdown_with_headings_citation_marks_disagreements_and_sources() {
        String md = DigestWriter.render(digest(List.of()), DigestFormat.MARKDOWN);

        assertThat(md).startsWith("# Digest\n\nOne story. [1]\n\n");
        assertThat(md).contains("## Flood in Bekasi " + EVIL + " (2024-03-03 – 2024-03-04)\n");
        assertThat(md).contains("A flood hit 1,200 homes. [1, s1] Deaths were reported. [1, s2][2, s1]\n");
        assertThat(md).contains("Key points:\n- Homes flooded " + EVIL + " [1, s1,2]\n");
        assertThat(md).contains("Outlets disagree:\n- Antara says 5, the other report 7. [1, s2][2, s1]\n");
        assertThat(md)
                .contains("## Sources\n\n[1] Antara, 2024-03-05, \"Banjir " + EVIL + "\", in/a.txt  \n"
                        + "[2] https://example.org/b?x=1&y=2  \n");
        assertThat(md).contains("## Checks\n\nEvery statement is supported by the sentences it cites.\n");
    }

    @Test
    void should_write_one_html_page_with_everything_escaped_and_citations_linked_to_source_sentences() {
        String html = DigestWriter.render(
                digest(List.of(new DigestFinding(null, "One <i>story</i>.", List.of(), "citation", "cites <none>"))),
                DigestFormat.HTML);

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script", "<b>", "<i>", "<none>", "src=", "<link");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
        assertThat(html).contains("<li id=\"source-1-2\">Lima orang meninggal &lt;b&gt;dunia&lt;/b&gt;.</li>");
        assertThat(html)
                .contains("href=\"#source-1-1\">s1</a>", "href=\"#source-2-1\">s1</a>", "href=\"#source-1\">1</a>");
        assertThat(html).contains("https://example.org/b?x=1&amp;y=2");
        assertThat(html).contains("<a href=\"https://example.org/b?x=1&amp;y=2\" rel=\"noopener noreferrer\">open</a>");
        assertThat(html).doesNotContain("href=\"in/a.txt\"");
        assertThat(html).contains("li:target").contains("cites &lt;none&gt;");
    }

    @Test
    void should_write_json_with_the_record_component_names_on_one_line() {
        String json = DigestWriter.render(digest(List.of()), DigestFormat.JSON);

        assertThat(json)
                .doesNotContain("\n")
                .startsWith("{\"sources\":[{\"number\":1,\"id\":\"a\",\"outlet\":\"Antara\"");
        assertThat(json).contains("\"stories\":[{\"id\":\"s-0123456789\",\"headline\":");
        assertThat(json).contains("\"firstDate\":\"2024-03-03\",\"lastDate\":\"2024-03-04\",\"sources\":[1,2]");
        assertThat(json).contains("\"citations\":[{\"source\":1,\"sentences\":[1]}]");
        assertThat(json).contains("\"disagreements\":[{\"subject\":\"number\"");
        assertThat(json).contains("\"checks\":{\"passed\":true,\"findings\":[]}");
        assertThat(json).contains("\"usage\":{\"provider\":\"openai\"");
    }
}
