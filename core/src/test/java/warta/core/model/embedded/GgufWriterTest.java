package warta.core.model.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgufWriterTest {

    @TempDir
    Path dir;

    @Test
    void should_write_a_v3_header_and_end_on_the_alignment() throws Exception {
        Path file = dir.resolve("one.gguf");
        new GgufWriter()
                .put("general.architecture", "llama")
                .random("t", GgmlType.Q8_0, 1f, 1, 64, 3)
                .write(file);

        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(new String(bytes.array(), 0, 4)).isEqualTo("GGUF");
        assertThat(bytes.getInt(4)).isEqualTo(3);
        assertThat(bytes.getLong(8)).as("tensors").isEqualTo(1);
        assertThat(bytes.getLong(16)).as("metadata, general.alignment included").isEqualTo(2);
        assertThat(bytes.capacity() % GgufWriter.ALIGNMENT).isZero();
        assertThat((long) bytes.capacity()).isGreaterThanOrEqualTo(GgmlType.Q8_0.bytes(64 * 3));
    }

    @Test
    void should_refuse_a_row_that_is_not_whole_blocks() {
        assertThatThrownBy(() -> new GgufWriter().random("t", GgmlType.Q8_0, 1f, 1, 48, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t: first dimension 48");
    }
}
