package warta.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import warta.core.error.DiskFullException;
import warta.core.error.ModelException;
import warta.core.error.OutputException;
import warta.core.error.WartaException;

class FileErrorsTest {

    private static final Path OUT = Path.of("berita-en");

    @Test
    void should_find_a_full_disk_deep_in_the_causes_and_name_the_folder() {
        // as a failed cache write reaches the batch: through the translator's wrapping
        Exception write = new IOException("No space left on device");
        WartaException e = new WartaException(
                "translation failed", new UncheckedIOException("cannot write the response cache", (IOException) write));

        assertThat(FileErrors.diskFull(e, OUT)).get().satisfies(full -> {
            assertThat(full).hasMessage("no space left on device writing berita-en");
            assertThat(full.reason()).isEqualTo("no space left on device");
            assertThat(full.dir()).isEqualTo(OUT);
            assertThat(full).hasRootCause(write);
        });
        assertThat(FileErrors.isDiskFull(e)).isTrue();
    }

    @Test
    void should_find_a_spent_quota_in_a_file_system_exception() {
        FileSystemException e = new FileSystemException("/srv/out/.banjir.json123.tmp", null, "Disk quota exceeded");

        assertThat(FileErrors.diskFull(new OutputException("cannot write", e), OUT))
                .get()
                .extracting(Throwable::getMessage)
                .isEqualTo("disk quota exceeded writing berita-en");
    }

    @Test
    void should_give_the_reason_of_a_full_disk_without_the_path() {
        FileSystemException e = new FileSystemException("/srv/out/.warta", null, "No space left on device");

        assertThat(FileErrors.reason(e)).isEqualTo("No space left on device");
    }

    @Test
    void should_give_back_a_disk_full_exception_as_it_is() {
        DiskFullException full = new DiskFullException("no space left on device", OUT, null);

        assertThat(FileErrors.diskFull(new WartaException("wrapped", full), Path.of("other")))
                .containsSame(full);
    }

    @Test
    void should_not_take_words_that_are_not_an_io_error_for_a_full_disk() {
        // a provider whose own disk is full says so in its answer: that is the provider's failure, not ours
        ModelException provider = new ModelException(
                ModelException.Kind.SERVER_ERROR, "the provider answered 500: No space left on device");

        assertThat(FileErrors.diskFull(provider, OUT)).isEmpty();
        assertThat(FileErrors.isDiskFull(new NoSuchFileException("/srv/out"))).isFalse();
        assertThat(FileErrors.isDiskFull(new IOException((String) null))).isFalse();
    }
}
