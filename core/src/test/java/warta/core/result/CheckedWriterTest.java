package warta.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import warta.core.error.OutputException;

class CheckedWriterTest {

    /** Takes 4 KB, then fails as {@code /dev/full} does. */
    private static final class FullAfter4k extends OutputStream {
        private int written;

        @Override
        public void write(int b) throws IOException {
            if (++written > 4096) {
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void should_keep_the_reason_of_the_first_failed_write() {
        CheckedWriter out = new CheckedWriter(new FullAfter4k());

        out.print("x".repeat(10_000));
        out.println("lagi");

        assertThat(CheckedWriter.failure(out)).contains("cannot write to standard output: No space left on device");
        assertThatThrownBy(() -> CheckedWriter.check(out))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write to standard output: No space left on device")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void should_find_no_failure_when_every_write_went_through() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CheckedWriter out = new CheckedWriter(bytes);

        out.print("Banjir – “Cipinang”");
        CheckedWriter.check(out);

        assertThat(CheckedWriter.failure(out)).isEmpty();
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Banjir – “Cipinang”");
        assertThat(CheckedWriter.failure(new PrintWriter(new StringWriter()))).isEmpty();
    }
}
