package warta.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeDigest;
import warta.core.testing.FakeModel;
import warta.server.DigestArticles;
import warta.server.testing.TestModel;

/**
 * The page's digest view in a real headless Chromium: paste or upload several articles, make the
 * digest, and read the stories, the citations and the sources the page shows. Needs Chromium and
 * chromedriver as {@link WebPageTest} does, and is skipped or fails without them as it is.
 */
@QuarkusTest
class DigestPageTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static Browser browser;
    static String skipped;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of(setting("WARTA_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(setting("WARTA_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String message = "the digest page test needs " + chromium + " and " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver)";
            if (!setting("WARTA_REQUIRE_BROWSER", "").isBlank()) {
                fail(message + "; WARTA_REQUIRE_BROWSER is set, so this is a failure");
            }
            skipped = message + "; skipped (set WARTA_REQUIRE_BROWSER=1 to make this a failure)";
            return;
        }
        browser = Browser.start(chromedriver, chromium, dir);
    }

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
    void should_show_the_stories_side_by_side_in_date_order_with_their_sources() {
        // given
        openDigestView();
        browser.paste(
                "#digest-articles",
                DigestArticles.PARK_ANTARA + "\n---\n" + DigestArticles.PARK_KOMPAS + "\n  ---  \n"
                        + DigestArticles.LIBRARY);

        // when
        browser.click("#digest-submit");
        awaitDone();

        // then
        assertThat(browser.text("#digest-progress")).startsWith("Done in").contains("2 stories from 3 articles");
        assertThat(browser.findAll("#digest-stories .story")).hasSize(2);
        assertThat(browser.texts("#digest-stories .story .dates"))
                .satisfiesExactly(
                        d -> assertThat(d).contains("2024-05"),
                        d -> assertThat(d).contains("2024-09"));
        assertThat(browser.findAll("#digest-stories .story:first-child .story-sources li"))
                .hasSize(2);
        assertThat(browser.findAll("#digest-sources > li.source")).hasSize(3);
        assertThat(browser.texts("#digest-sources .sentence"))
                .anySatisfy(s -> assertThat(s).startsWith("Surabaya (ANTARA) - Pemerintah Kota Surabaya"));
        assertThat(browser.findAll("#digest-stories .story .text a.cite")).isNotEmpty();
        assertThat(browser.text("#digest-checks .verdict")).isNotBlank();
        assertThat(browser.displayed("#digest-error")).isFalse();
    }

    @Test
    void should_highlight_the_cited_source_sentences_on_focus_and_move_the_focus_there_when_followed() {
        // given a digest on the page
        openDigestView();
        browser.paste("#digest-articles", DigestArticles.PARK_ANTARA + "\n---\n" + DigestArticles.LIBRARY);
        browser.click("#digest-submit");
        awaitDone();
        String first = "#digest-stories .story .text a.cite";
        String href = browser.script("return document.querySelector(arguments[0]).getAttribute('href');", first)
                .asText();
        assertThat(href).matches("#source-\\d+(-\\d+)?");
        assertThat(highlighted()).isEmpty();

        // when the keyboard focus reaches the first citation mark
        browser.script("document.querySelector(arguments[0]).focus();", first);

        // then the sentences it cites are highlighted
        awaitHighlighted(href.substring(1));

        // when it is followed with the keyboard
        browser.pressKey(Browser.ENTER);

        // then the focus is on the cited sentence, which is selected
        browser.await(
                "the focus on " + href,
                TIMEOUT,
                () -> browser.script("return document.activeElement.id;")
                        .asText()
                        .equals(href.substring(1)),
                () -> "focus: "
                        + browser.script("return document.activeElement.outerHTML;")
                                .asText());
        assertThat(browser.findAll(href + ".selected")).hasSize(1);
    }

    @Test
    void should_send_uploaded_files_with_the_pasted_articles() throws IOException {
        // given two files and one pasted article
        Path park = Files.writeString(dir.resolve("taman kompas.txt"), DigestArticles.PARK_KOMPAS);
        Path library = Files.writeString(dir.resolve("perpustakaan.txt"), DigestArticles.LIBRARY);
        openDigestView();
        browser.paste("#digest-articles", DigestArticles.PARK_ANTARA);
        browser.type("#digest-files", park + "\n" + library);

        // when
        browser.click("#digest-submit");
        awaitDone();

        // then
        assertThat(browser.text("#digest-progress")).contains("from 3 articles");
        assertThat(browser.texts("#digest-sources .location, #digest-sources .line"))
                .isNotEmpty();
        assertThat(browser.script("return Array.from(document.querySelectorAll('#digest-sources > li'),"
                                + " e => e.id).join(' ');")
                        .asText())
                .isEqualTo("source-1 source-2 source-3");
    }

    @Test
    void should_show_article_text_as_text_never_as_markup() {
        // given an article whose text is markup that would run a script if the page parsed it
        String markup = "Warga menulis <img src=x onerror=\"window.injected=1\"> <b>tebal</b> di papan taman kota.";
        openDigestView();
        browser.paste("#digest-articles", DigestArticles.LIBRARY + "\n---\n" + DigestArticles.PARK_ANTARA + markup);

        // when
        browser.click("#digest-submit");
        awaitDone();

        // then
        assertThat(browser.texts("#digest-sources .sentence"))
                .anySatisfy(s -> assertThat(s).contains("<b>tebal</b>"));
        assertThat(browser.findAll("#digest img, #digest b")).isEmpty();
        assertThat(browser.script("return window.injected === undefined;").asBoolean())
                .isTrue();
    }

    @Test
    void should_list_the_findings_and_show_model_text_as_text() {
        // given a model that plants, in each story, a statement with a number no source holds, as markup
        String planted = "Officials said 99 homes were lost <img src=x onerror=\\\"window.injected=1\\\">.";
        TestModel.answer(FakeModel.answering(request -> {
            String answer = TestModel.faithful(request);
            if (FakeDigest.firstUser(request).contains("<story>") && answer.contains("\"sentences\":[")) {
                return answer.replace(
                        "\"sentences\":[", "\"sentences\":[{\"text\":\"" + planted + "\",\"cites\":[[1,1]]},");
            }
            return answer;
        }));
        openDigestView();
        browser.paste("#digest-articles", DigestArticles.PARK_ANTARA + "\n---\n" + DigestArticles.PARK_KOMPAS);

        // when
        browser.click("#digest-submit");
        awaitDone();

        // then
        assertThat(browser.text("#digest-progress")).containsPattern("[1-9][0-9]* findings?\\.$");
        assertThat(browser.text("#digest-checks .verdict")).contains("finding");
        assertThat(browser.texts("#digest-checks .finding.unsupported"))
                .isNotEmpty()
                .anySatisfy(f -> assertThat(f).contains("99"));
        assertThat(browser.script("return document.querySelector('#digest-checks .finding.unsupported a.where')"
                                + ".getAttribute('href');")
                        .asText())
                .startsWith("#story-s-");
        assertThat(browser.texts("#digest-stories .story .text .statement .text"))
                .anySatisfy(t -> assertThat(t).contains("<img src=x onerror="));
        assertThat(browser.findAll("#digest img")).isEmpty();
        assertThat(browser.script("return window.injected === undefined;").asBoolean())
                .isTrue();
    }

    @Test
    void should_show_the_problem_of_too_many_articles() {
        // given 51 articles, one more than a digest may hold
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append("Warga Bandung menanam pohon ke-").append(i).append(" di taman kota.\n---\n");
        }
        TestModel.answer(TestModel.failing());
        openDigestView();
        browser.paste("#digest-articles", many.toString());

        // when
        browser.click("#digest-submit");
        awaitDone();

        // then
        assertThat(browser.text("#digest-progress")).isEqualTo("Failed.");
        assertThat(browser.text("#digest-error .title")).contains("413");
        assertThat(browser.text("#digest-error .detail")).contains("at most 50 articles");
        assertThat(browser.displayed("#digest")).isFalse();
    }

    @Test
    void should_switch_views_with_the_arrow_keys_as_a_tab_list_does() {
        openPage();
        assertThat(browser.displayed("#article-view")).isTrue();
        assertThat(browser.displayed("#digest-view")).isFalse();

        browser.script("document.getElementById('tab-article').focus();");
        browser.pressKey(Browser.ARROW_RIGHT);

        assertThat(browser.displayed("#digest-view")).isTrue();
        assertThat(browser.displayed("#article-view")).isFalse();
        assertThat(browser.script("return document.activeElement.id;").asText()).isEqualTo("tab-digest");
        assertThat(browser.script("return document.getElementById('tab-digest').getAttribute('aria-selected');")
                        .asText())
                .isEqualTo("true");
    }

    /** The ids of the source sentences highlighted now. */
    private static List<String> highlighted() {
        List<String> ids = new ArrayList<>();
        browser.script("return Array.from(document.querySelectorAll('#digest-sources .cited'), e => e.id);")
                .forEach(n -> ids.add(n.asText()));
        return ids;
    }

    private static void awaitHighlighted(String id) {
        browser.await(
                id + " highlighted", TIMEOUT, () -> highlighted().contains(id), () -> "highlighted: " + highlighted());
    }

    private void openPage() {
        browser.open(page.toString());
        browser.await(
                "the page's scripts",
                TIMEOUT,
                () -> browser.script("return document.documentElement.dataset.digestReady === 'true';")
                        .asBoolean(),
                () -> browser.script("return document.body.textContent.slice(0, 200);")
                        .asText());
    }

    private void openDigestView() {
        openPage();
        browser.click("#tab-digest");
    }

    private static void awaitDone() {
        browser.await(
                "the digest to finish",
                TIMEOUT,
                () -> {
                    String progress = browser.text("#digest-progress");
                    return progress.startsWith("Done") || progress.equals("Failed.") || progress.equals("Stopped.");
                },
                () -> browser.script("return 'progress: ' + document.getElementById('digest-progress').textContent"
                                + " + '; error: ' + document.getElementById('digest-error').textContent.trim();")
                        .asText());
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
