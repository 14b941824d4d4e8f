package warta.core.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelOutputTest {

    private static final String SOURCE = "[1] Banjir merendam 500 rumah di Jakarta.\n\n[2] Warga mengungsi ke masjid.";
    private static final String ENGLISH =
            "[1] Floods inundated 500 houses in Jakarta.\n\n[2] Residents took shelter in a mosque.";

    @Test
    void should_strip_a_preamble() {
        assertThat(ModelOutput.clean("Sure! Here's the English translation of the article:\n\n" + ENGLISH, SOURCE))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean("Here is the translation:\n" + ENGLISH, null))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean("Berikut terjemahannya:\n" + ENGLISH, null))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean("Translation: " + ENGLISH, null)).isEqualTo(ENGLISH);
    }

    @Test
    void should_strip_code_fences_and_article_tags() {
        assertThat(ModelOutput.clean("```text\n<article>\n" + ENGLISH + "\n</article>\n```", null))
                .isEqualTo(ENGLISH);
    }

    @Test
    void should_strip_trailing_notes() {
        assertThat(ModelOutput.clean(ENGLISH + "\n\nNote: I kept \"BPBD\" as in the original.", null))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean(ENGLISH + " (Note: warga means residents.)", null))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean(ENGLISH + "\n\nI translated \"warga\" as \"residents\".", null))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean(ENGLISH + "\n\nNotes:\n- BPBD is the disaster agency.\n- Names kept.", null))
                .isEqualTo(ENGLISH);
    }

    @Test
    void should_strip_the_source_echoed_before_or_after() {
        assertThat(ModelOutput.clean(SOURCE + "\n\nTranslation:\n\n" + ENGLISH, SOURCE))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean(ENGLISH + "\n\n" + SOURCE, SOURCE)).isEqualTo(ENGLISH);
    }

    @Test
    void should_keep_clean_output_and_paragraph_markers_as_they_are() {
        String withColon = "[1] Here are the details: 500 houses were flooded.\n\n[2] Note the time: 2 p.m.";

        assertThat(ModelOutput.clean(ENGLISH, SOURCE)).isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean(withColon, null)).isEqualTo(withColon);
    }

    @Test
    void should_leave_an_untranslated_answer_for_the_checks() {
        assertThat(ModelOutput.clean(SOURCE, SOURCE)).isEqualTo(SOURCE);
    }

    @Test
    void should_strip_labels_and_notes_however_they_are_spaced() {
        assertThat(ModelOutput.clean("**Bahasa Indonesian  (original) :**\n" + ENGLISH, null))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean("  :\n" + ENGLISH, null)).isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean(ENGLISH + "\n\n>  ( Note :  kept \"BPBD\".", null))
                .isEqualTo(ENGLISH);
        assertThat(ModelOutput.clean(ENGLISH + "   (Note: warga means residents.)  ", null))
                .isEqualTo(ENGLISH);
    }

    @Test
    void should_read_hostile_lines_in_linear_time() {
        String spaces = " ".repeat(20_000);
        String raw = "**" + spaces + "translation" + spaces + "x\n" + ENGLISH + "\n\n(" + spaces + "Note" + spaces
                + "x\n1." + spaces + "\u2028x\n" + spaces + "(note:" + spaces + "x";

        String clean = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ModelOutput.clean(raw, null));

        assertThat(clean).contains(ENGLISH);
        assertThat(NumberedText.parse("[1] a" + spaces + "b" + spaces + "\n c", 1)
                        .paragraphs())
                .containsExactly("a" + spaces + "b c");
    }
}
