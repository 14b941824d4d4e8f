package warta.server.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;
import warta.server.testing.TestModel;

/**
 * The page at {@code /} in a real headless Chromium: paste an article, submit, and read what the
 * page shows. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or the paths in
 * {@code WARTA_CHROMIUM} and {@code WARTA_CHROMEDRIVER}); without them it is skipped, unless
 * {@code WARTA_REQUIRE_BROWSER} is set, as CI sets it, and then it fails.
 */
@QuarkusTest
class WebPageTest {

    /** Three paragraphs of news and a "Baca juga" link that cleaning removes. */
    static final String ARTICLE = """
            Surabaya (ANTARA) - Pemerintah Kota Surabaya meresmikan perpustakaan umum baru di kawasan \
            Tegalsari pada Rabu pagi. Gedung tiga lantai itu menyimpan sekitar 20.000 buku.

            Baca juga: Harga cabai di Surabaya naik menjelang Lebaran

            Kepala Dinas Perpustakaan mengatakan perpustakaan itu buka setiap hari hingga malam. \
            "Kami ingin anak-anak punya tempat belajar yang nyaman," katanya kepada wartawan.

            Warga dapat meminjam paling banyak lima buku selama dua pekan dengan kartu anggota gratis. \
            Pendaftaran kartu anggota dilakukan di lantai pertama gedung tersebut.
            """;

    static final int PARAGRAPHS = 3;
    /** A summary citing sentences of {@link #ARTICLE}: 1 and 2, 3, 5 and 6; key points 1, 3 and 4, 6. */
    static final String CITED_SUMMARY = """
            {"headline": "Surabaya opens a public library",
             "summary": [{"text": "Surabaya opened a public library holding about 20,000 books.", "sources": [1, 2]},
                         {"text": "The head of the library office said it is open every day.", "sources": [3]},
                         {"text": "Residents can borrow five books with a free card.", "sources": [5, 6]}],
             "keyPoints": [{"text": "A new library opened", "sources": [1]},
                           {"text": "It is open every day until night", "sources": [3, 4]},
                           {"text": "Borrowers get a free card", "sources": [6]}],
             "entities": {"people": [], "organizations": [], "places": ["Surabaya"]}}
            """;

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    static Browser browser;
    /** Why the tests are skipped; null when the browser is there. */
    static String skipped;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of(setting("WARTA_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(setting("WARTA_CHROMEDRIVER", "/usr/bin/chromedriver"));
        List<String> missing = new ArrayList<>();
        for (Path binary : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                missing.add(binary.toString());
            }
        }
        if (!missing.isEmpty()) {
            String message = "the web page test needs " + String.join(" and ", missing)
                    + " (Debian: apt-get install chromium chromium-driver)";
            if (!setting("WARTA_REQUIRE_BROWSER", "").isBlank()) {
                fail(message + "; WARTA_REQUIRE_BROWSER is set, so this is a failure");
            }
            skipped = message + "; skipped (set WARTA_REQUIRE_BROWSER=1 to make this a failure)";
            return;
        }
        browser = Browser.start(chromedriver, chromium, dir);
    }

    /** Skips each test rather than the class, so that the report counts them and gives the reason. */
    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @Test
    void should_show_each_paragraph_beside_its_translation_then_the_summary() {
        // given
        openPage();
        browser.paste("#article", ARTICLE);

        // when
        browser.click("#submit");
        awaitDone();

        // then
        List<String> rows = browser.findAll("#translation tbody tr");
        assertThat(rows).hasSize(PARAGRAPHS);
        List<String> sources = browser.texts("#translation tbody td.source");
        List<String> english = browser.texts("#translation tbody td.english");
        assertThat(sources.get(0)).startsWith("Surabaya (ANTARA) - Pemerintah Kota Surabaya");
        assertThat(sources).noneMatch(s -> s.contains("Baca juga"));
        for (int i = 0; i < PARAGRAPHS; i++) {
            assertThat(english.get(i))
                    .as("English of paragraph %d", i)
                    .isNotBlank()
                    .isNotEqualTo(sources.get(i))
                    .isEqualTo(FakeEnglish.paragraph(sources.get(i)));
        }
        assertThat(browser.text("#summary .headline")).isEqualTo("Officials describe the plan");
        assertThat(browser.texts("#summary .key-points li .text"))
                .containsExactly("The plan goes on", "The work helps residents", "More meetings are expected");
        assertThat(browser.text("#checks .verdict")).isEqualTo("All checks passed.");
        assertThat(browser.text("#metadata")).contains("ANTARA").contains("Surabaya");
        assertThat(browser.text("#usage"))
                .contains("Requests")
                .contains("Tokens in")
                .contains("From the prompt cache")
                .contains("Tokens out");
        assertThat(browser.text("#usage dd.cached-input-tokens"))
                .as("the test model says nothing of a prompt cache")
                .isEqualTo("0");
        assertThat(browser.text("#progress")).startsWith("Done in").contains("3 paragraphs");
        assertThat(browser.displayed("#error")).isFalse();
    }

    @Test
    void should_highlight_the_source_sentences_a_key_point_cites_when_it_is_hovered_or_focused() {
        // given a summary whose key points cite sentences 1, 3 and 4, and 6
        TestModel.answer(
                FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                        ? TestModel.faithful(request)
                        : CITED_SUMMARY));
        List<String> sentences = given().contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .extract()
                .path("sentences");
        openPage();
        browser.paste("#article", ARTICLE);
        browser.click("#submit");
        awaitDone();
        assertThat(browser.texts("#translation td.source .sentence"))
                .as("the source column's sentences are inspect's, in order")
                .containsExactlyElementsOf(sentences);
        assertThat(browser.texts("#summary .key-points li .sources")).containsExactly("[1]", "[3, 4]", "[6]");
        assertThat(cited()).isEmpty();

        // when the second key point is hovered
        browser.hover("#summary .key-points li:nth-child(2)");

        // then its sentences, both in the second paragraph, are highlighted, and only they
        awaitCited(List.of("3", "4"));
        assertThat(browser.findAll("#p-1 .sentence.cited")).hasSize(2);

        // when the pointer leaves it, and the keyboard focus moves from it to the third key point
        browser.hover("#summary .headline");
        awaitCited(List.of());
        browser.script("document.querySelector('#summary .key-points li:nth-child(2)').focus();");
        awaitCited(List.of("3", "4"));
        browser.pressTab();

        // then only the third key point's sentence is highlighted
        awaitCited(List.of("6"));
        assertThat(browser.script("return document.activeElement.querySelector('.text').textContent;")
                        .asText())
                .isEqualTo("Borrowers get a free card");
    }

    @Test
    void should_list_removed_lines_in_a_collapsed_section() {
        // given
        openPage();
        browser.paste("#article", ARTICLE);
        browser.click("#submit");
        awaitDone();
        assertThat(browser.displayed("#removed ul")).isFalse();

        // when
        browser.click("#removed summary");

        // then
        assertThat(browser.text("#removed ul"))
                .contains("Baca juga: Harga cabai di Surabaya naik menjelang Lebaran")
                .contains("related-link");
    }

    @Test
    void should_show_the_problem_detail_when_the_article_is_empty() {
        // given
        String detail = given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("text", ""))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(400)
                .extract()
                .path("detail");
        openPage();

        // when
        browser.click("#submit");
        awaitDone();

        // then
        assertThat(browser.displayed("#error")).isTrue();
        assertThat(browser.text("#error .detail")).isEqualTo(detail);
        assertThat(browser.text("#error .title")).contains("400");
        assertThat(browser.text("#progress")).isEqualTo("Failed.");
        assertThat(browser.findAll("#translation tbody tr")).isEmpty();
    }

    @Test
    void should_show_a_problem_that_arrives_in_the_stream() {
        // given: a model that fails once the stream has begun
        TestModel.answer(FakeModel.answering(request -> {
            throw new IllegalStateException("the test model is down");
        }));
        openPage();
        browser.paste("#article", ARTICLE);

        // when
        browser.click("#submit");
        awaitDone();

        // then
        assertThat(browser.displayed("#error")).isTrue();
        assertThat(browser.text("#error .detail")).isNotBlank();
        assertThat(browser.text("#progress")).isEqualTo("Failed.");
        assertThat(browser.texts("#translation tbody td.source")).hasSize(PARAGRAPHS);
        assertThat(browser.displayed("#submit")).isTrue();
        assertThat(browser.script("return document.getElementById('submit').disabled;")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void should_mark_the_rows_the_checks_flag() {
        // given: a model that leaves the second paragraph in Indonesian
        TestModel.answer(FakeModel.answering(request -> {
            String user = FakeModel.lastUser(request);
            if (!user.contains("paragraphs into English")) {
                return TestModel.faithful(request);
            }
            List<String> source = FakeEnglish.sourceParagraphs(user);
            StringBuilder answer = new StringBuilder();
            for (int i = 0; i < source.size(); i++) {
                String text =
                        source.get(i).startsWith("Kepala Dinas") ? source.get(i) : FakeEnglish.paragraph(source.get(i));
                answer.append(i == 0 ? "" : "\n\n")
                        .append('[')
                        .append(i + 1)
                        .append("] ")
                        .append(text);
            }
            return answer.toString();
        }));
        openPage();
        browser.paste("#article", ARTICLE);

        // when
        browser.click("#submit");
        awaitDone();

        // then
        assertThat(browser.findAll("#translation tr.flagged")).hasSize(1);
        assertThat(browser.findAll("#translation tr#p-1.flagged.flag-untranslated"))
                .hasSize(1);
        assertThat(browser.text("#p-1 .flag")).isEqualTo("untranslated");
        assertThat(browser.text("#checks .verdict")).contains("finding");
        assertThat(browser.texts("#checks .finding.untranslated"))
                .isNotEmpty()
                .allMatch(f -> f.startsWith("untranslated paragraph 2: "));
    }

    @Test
    void should_show_model_output_as_text_never_as_markup() {
        // given: a model whose translation is HTML that would run a script if the page parsed it
        String markup = "<img src=x onerror=\"window.injected=1\"> <b>bold</b>";
        TestModel.answer(FakeModel.answering(request -> {
            String user = FakeModel.lastUser(request);
            if (!user.contains("paragraphs into English")) {
                return TestModel.faithful(request);
            }
            List<String> source = FakeEnglish.sourceParagraphs(user);
            StringBuilder answer = new StringBuilder();
            for (int i = 0; i < source.size(); i++) {
                answer.append(i == 0 ? "" : "\n\n")
                        .append('[')
                        .append(i + 1)
                        .append("] ")
                        .append(i == 0 ? markup : FakeEnglish.paragraph(source.get(i)));
            }
            return answer.toString();
        }));
        openPage();
        browser.paste("#article", ARTICLE);

        // when
        browser.click("#submit");
        awaitDone();

        // then
        assertThat(browser.text("#p-0 td.english")).isEqualTo(markup);
        assertThat(browser.findAll("#result img, #result b")).isEmpty();
        assertThat(browser.script("return window.injected === undefined;").asBoolean())
                .isTrue();
    }

    /** The numbers of the source sentences highlighted now, in document order. */
    private static List<String> cited() {
        List<String> numbers = new ArrayList<>();
        browser.script("return Array.from(document.querySelectorAll('#translation .sentence.cited'),"
                        + " e => e.dataset.sentence);")
                .forEach(n -> numbers.add(n.asText()));
        return numbers;
    }

    private static void awaitCited(List<String> expected) {
        browser.await(
                "the cited sentences " + expected, TIMEOUT, () -> cited().equals(expected), () -> "cited: " + cited());
    }

    private void openPage() {
        browser.open(page.toString());
        browser.await(
                "the page's script",
                TIMEOUT,
                () -> browser.script("return document.documentElement.dataset.ready === 'true';")
                        .asBoolean(),
                WebPageTest::state);
    }

    /** Waits until the run is over: done, failed or stopped, as the progress line says. */
    private static void awaitDone() {
        browser.await(
                "the run to finish",
                TIMEOUT,
                () -> {
                    String progress = browser.text("#progress");
                    return progress.startsWith("Done") || progress.equals("Failed.") || progress.equals("Stopped.");
                },
                WebPageTest::state);
    }

    private static String state() {
        return browser.script("return ['progress: ' + document.getElementById('progress').textContent,"
                        + " 'error: ' + document.getElementById('error').textContent.trim(),"
                        + " 'rows: ' + document.querySelectorAll('#translation tbody tr').length].join('; ');")
                .asText();
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
