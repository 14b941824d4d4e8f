package warta.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.InputException;
import warta.core.read.Utf8;

class PromptLibraryTest {

    private static final String ALL =
            "digest-briefing-system, digest-briefing-user, digest-retry, digest-story-combine-user, "
                    + "digest-story-part-user, digest-story-system, digest-story-user, "
                    + "summarize-combine-user, summarize-continue, summarize-partial-user, summarize-retry, summarize-system, "
                    + "summarize-user, translate-retry, translate-system, translate-user";

    @TempDir
    Path dir;

    @Test
    void should_load_every_built_in_template_with_the_inventory_placeholders() {
        PromptLibrary library = PromptLibrary.builtIn();

        assertThat(String.join(", ", library.names())).isEqualTo(ALL);
        assertThat(library.get("translate-user").placeholders())
                .containsExactlyInAnyOrder("context", "glossary", "terms", "count", "source");
        assertThat(library.get("translate-retry.txt").placeholders()).containsExactlyInAnyOrder("problem", "count");
        assertThat(library.get("summarize-system").placeholders()).isEmpty();
        assertThat(library.get("summarize-system").text())
                .contains("{\"headline\": \"...\"")
                .doesNotContain("\r");
    }

    @Test
    void should_load_the_built_in_set_once() {
        assertThat(PromptLibrary.builtIn()).isSameAs(PromptLibrary.builtIn());
    }

    @Test
    void should_name_the_known_templates_for_an_unknown_name() {
        assertThatThrownBy(() -> PromptLibrary.builtIn().get("translate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no prompt template 'translate'; the known ones are " + ALL);
    }

    @Test
    void should_have_a_stable_twelve_digit_version() {
        String version = PromptLibrary.builtIn().version();

        assertThat(version).matches("[0-9a-f]{12}");
        assertThat(PromptLibrary.load(PromptLibraryTest::builtInText).version()).isEqualTo(version);
    }

    @Test
    void should_replace_a_built_in_template_with_an_override_and_change_the_version() throws IOException {
        write("translate-system.txt", "\uFEFFTranslate {{language}} into English.\r\nKeep names.\r\n");

        PromptLibrary library = PromptLibrary.withOverrides(dir);

        assertThat(library.get("translate-system").text())
                .isEqualTo("Translate {{language}} into English.\nKeep names.\n");
        assertThat(library.get("translate-user"))
                .isEqualTo(PromptLibrary.builtIn().get("translate-user"));
        assertThat(library.version()).isNotEqualTo(PromptLibrary.builtIn().version());
    }

    @Test
    void should_accept_an_override_without_an_optional_placeholder_but_not_with_an_unknown_one() throws IOException {
        write("translate-system.txt", "Translate into English.\n");
        assertThat(PromptLibrary.withOverrides(dir).get("translate-system").placeholders())
                .isEmpty();

        write("translate-system.txt", "Translate {{lang}} into English.\n");
        assertThatThrownBy(() -> PromptLibrary.withOverrides(dir))
                .hasMessageContaining(
                        "translate-system.txt has the unknown placeholder {{lang}} (it takes {{language}})");
    }

    @Test
    void should_keep_the_built_in_version_for_an_override_equal_to_the_built_in_text() throws IOException {
        write(
                "translate-user.txt",
                PromptLibrary.builtIn().get("translate-user").text().replace("\n", "\r\n"));
        write("notes.md", "not a template");

        assertThat(PromptLibrary.withOverrides(dir).version())
                .isEqualTo(PromptLibrary.builtIn().version());
    }

    @Test
    void should_change_the_version_when_any_text_changes() throws IOException {
        write("translate-retry.txt", "Again: {{problem}}, {{count}} paragraphs.");
        String first = PromptLibrary.withOverrides(dir).version();
        write("translate-retry.txt", "Again: {{problem}}, {{count}} paragraphs!");

        assertThat(PromptLibrary.withOverrides(dir).version()).isNotEqualTo(first);
    }

    @Test
    void should_name_the_file_and_placeholder_an_override_lacks() throws IOException {
        write("translate-user.txt", "{{glossary}} {{context}} {{count}} and the text");

        assertThatThrownBy(() -> PromptLibrary.withOverrides(dir))
                .isInstanceOf(InputException.class)
                .hasMessage("prompts folder " + dir + ": translate-user.txt lacks the placeholder {{source}}");
    }

    @Test
    void should_name_an_unknown_placeholder_and_the_ones_the_template_takes() throws IOException {
        write("translate-retry.txt", "{{problem}} {{count}} {{language}}");

        assertThatThrownBy(() -> PromptLibrary.withOverrides(dir))
                .isInstanceOf(InputException.class)
                .hasMessage("prompts folder " + dir + ": translate-retry.txt has the unknown placeholder {{language}}"
                        + " (it takes {{count}}, {{problem}})");
    }

    @Test
    void should_refuse_a_blank_override() throws IOException {
        write("summarize-system.txt", " \r\n\n");

        assertThatThrownBy(() -> PromptLibrary.withOverrides(dir))
                .isInstanceOf(InputException.class)
                .hasMessage("prompts folder " + dir + ": summarize-system.txt is empty");
    }

    @Test
    void should_list_the_known_files_for_an_unknown_one() throws IOException {
        write("translate-users.txt", "{{source}}");

        assertThatThrownBy(() -> PromptLibrary.withOverrides(dir))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(
                        "prompts folder " + dir + ": unknown template translate-users.txt; the known ones are ")
                .hasMessageEndingWith("translate-retry.txt, translate-system.txt, translate-user.txt");
    }

    @Test
    void should_refuse_a_folder_that_is_missing_or_a_file() throws IOException {
        Path missing = dir.resolve("nope");
        Path file = write("translate-user.txt.bak", "x");

        assertThatThrownBy(() -> PromptLibrary.withOverrides(missing))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(
                        "prompts folder " + missing + ": not found; it may hold any of digest-briefing-system.txt");
        assertThatThrownBy(() -> PromptLibrary.withOverrides(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("prompts folder " + file + ": not a folder")
                .hasMessageContaining("translate-user.txt");
    }

    @Test
    void should_refuse_an_override_that_is_not_utf8() throws IOException {
        Files.write(
                dir.resolve("summarize-retry.txt"),
                new byte[] {'{', '{', 'p', 'r', 'o', 'b', 'l', 'e', 'm', '}', '}', (byte) 0xE9});

        assertThatThrownBy(() -> PromptLibrary.withOverrides(dir))
                .isInstanceOf(InputException.class)
                .hasMessage("prompts folder " + dir + ": summarize-retry.txt is not UTF-8 text");
    }

    @Test
    void should_fail_fast_on_a_broken_built_in_set() {
        Map<String, String> broken = new HashMap<>();
        broken.put("inventory.properties", "a.txt=x\nb.txt=\n");
        broken.put("a.txt", "no placeholder");

        assertThatThrownBy(() -> PromptLibrary.load(broken::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("built-in prompt warta/prompts/a.txt lacks the placeholder {{x}}");
        broken.put("a.txt", "{{x}}");
        assertThatThrownBy(() -> PromptLibrary.load(broken::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("built-in prompt warta/prompts/b.txt is not on the classpath");
    }

    @Test
    void may_be_shared_across_threads() throws Exception {
        PromptLibrary library = PromptLibrary.builtIn();
        Map<String, String> values = Map.of("problem", "p", "count", "2");
        String expected = library.get("translate-retry").render(values);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(
                    32, () -> PromptLibrary.builtIn().get("translate-retry").render(values)));
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String builtInText(String file) {
        try (var in = PromptLibrary.class.getResourceAsStream("/" + PromptLibrary.ROOT + file)) {
            return in == null ? null : Utf8.strict(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
