package warta.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.error.InputException;

class EvalSetTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void should_read_tsv_pairs_and_skip_blank_lines() throws IOException {
        EvalSet set = EvalSet.read(
                file("mt.tsv", "Harga cabai naik.\tChili prices rose.\n\nWarga mengungsi.\tResidents fled.\n"));

        assertThat(set.cases()).hasSize(2);
        EvalCase second = set.cases().get(1);
        assertThat(second.id()).isEqualTo("3");
        assertThat(second.article().content()).isEqualTo("Warga mengungsi.");
        assertThat(second.article().format()).isEqualTo(Article.Format.TEXT);
        assertThat(second.translation()).isEqualTo("Residents fled.");
        assertThat(second.summary()).isNull();
    }

    @Test
    void should_name_the_line_without_a_tab() throws IOException {
        Path tsv = file("mt.tsv", "Harga cabai naik.\tChili prices rose.\nWarga mengungsi. Residents fled.\n");

        assertThatThrownBy(() -> EvalSet.read(tsv))
                .isInstanceOf(InputException.class)
                .hasMessage(tsv + " line 2: no tab between the Indonesian and the English");
    }

    @Test
    void should_refuse_an_empty_file_and_a_missing_one() throws IOException {
        Path empty = file("empty.tsv", "\n  \n");

        assertThatThrownBy(() -> EvalSet.read(empty))
                .isInstanceOf(InputException.class)
                .hasMessage(empty + ": the file is empty; expected indonesian<TAB>english lines");
        assertThatThrownBy(() -> EvalSet.read(dir.resolve("nope.tsv")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("nope.tsv: no such file");
    }

    @Test
    void should_refuse_an_empty_side_of_a_pair() throws IOException {
        Path tsv = file("mt.tsv", "Harga cabai naik.\t \n");

        assertThatThrownBy(() -> EvalSet.read(tsv)).hasMessage(tsv + " line 1: the English is empty");
    }

    @Test
    void should_read_json_lines_articles_with_either_reference() throws IOException {
        EvalSet set = EvalSet.read(file("articles.jsonl", """
                {"id": "a1", "text": "Harga cabai naik.", "translation": "Chili prices rose."}
                {"text": "Warga mengungsi.", "summary": ["Residents fled.", "Nobody was hurt."]}
                """));

        assertThat(set.cases()).extracting(EvalCase::id).containsExactly("a1", "2");
        assertThat(set.cases().get(0).summary()).isNull();
        assertThat(set.cases().get(1).translation()).isNull();
        assertThat(set.cases().get(1).summary()).isEqualTo("Residents fled.\nNobody was hurt.");
    }

    @Test
    void should_refuse_a_json_line_without_a_reference_or_without_text() throws IOException {
        Path noRef = file("a.jsonl", "{\"text\": \"Harga cabai naik.\"}\n");
        Path noText = file("b.jsonl", "{\"translation\": \"Chili prices rose.\"}\n");
        Path broken = file("c.jsonl", "{\"text\": \n");

        assertThatThrownBy(() -> EvalSet.read(noRef))
                .hasMessage(noRef + " line 1: no reference: expected \"translation\" and/or \"summary\"");
        assertThatThrownBy(() -> EvalSet.read(noText))
                .hasMessage(noText + " line 1: expected the article as \"text\" or \"html\" (one of them)");
        assertThatThrownBy(() -> EvalSet.read(broken)).hasMessageStartingWith(broken + " line 1: not valid JSON");
    }
}
