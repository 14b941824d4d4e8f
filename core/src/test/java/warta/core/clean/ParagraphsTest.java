package warta.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void should_take_each_line_as_a_paragraph() {
        assertThat(Paragraphs.split("Satu kalimat.\nDua kalimat.\n\n\nTiga kalimat."))
                .containsExactly("Satu kalimat.", "Dua kalimat.", "Tiga kalimat.");
    }

    @Test
    void should_join_hard_wrapped_lines() {
        String wrapped = "Pemerintah menyiapkan dana untuk\nmemperbaiki tanggul yang jebol.\n\nParagraf kedua.";
        assertThat(Paragraphs.split(wrapped))
                .containsExactly("Pemerintah menyiapkan dana untuk memperbaiki tanggul yang jebol.", "Paragraf kedua.");
    }

    @Test
    void should_keep_a_heading_apart_from_the_next_line() {
        assertThat(Paragraphs.split("Rencana Kunjungan Presiden\nPresiden akan tiba besok."))
                .containsExactly("Rencana Kunjungan Presiden", "Presiden akan tiba besok.");
    }

    @Test
    void should_handle_crlf_and_lines_of_spaces() {
        assertThat(Paragraphs.split("Satu.\r\n \u00A0 \r\nDua.\rTiga.")).containsExactly("Satu.", "Dua.", "Tiga.");
    }

    @Test
    void should_return_nothing_for_blank_text() {
        assertThat(Paragraphs.split(" \n\n \t")).isEmpty();
    }
}
