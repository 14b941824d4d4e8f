package warta.core.model.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.ModelException;
import warta.core.error.WartaException;
import warta.core.model.embedded.store.DownloadResult.Verification;

class DownloaderTest {

    private static final int SIZE = 6 * 1024;

    @TempDir
    Path dir;

    private FakeModelServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Downloader.Builder quick() {
        return Downloader.builder().retryDelay(Duration.ZERO).responseTimeout(Duration.ofSeconds(5));
    }

    private DownloadRequest request(URI url, String sha256) {
        return new DownloadRequest(url, dir.resolve("model.gguf"), sha256, SIZE, "GGUF");
    }

    private Path target() {
        return dir.resolve("model.gguf");
    }

    private Path part() {
        return dir.resolve("model.gguf.part");
    }

    @Test
    void should_download_the_whole_file_and_report_progress() throws IOException {
        server = FakeModelServer.start(SIZE);
        RecordingListener listener = new RecordingListener();

        DownloadResult result = quick().build().download(request(server.fileUrl(), server.sha256()), listener);

        assertThat(result.path()).isEqualTo(target());
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
        assertThat(part()).doesNotExist();
        assertThat(result.bytes()).isEqualTo(SIZE);
        assertThat(result.verification()).isEqualTo(Verification.CATALOGUE);
        assertThat(listener.starts)
                .singleElement()
                .satisfies(start -> assertThat(start).containsExactly(0, SIZE));
        assertThat(listener.progress)
                .isNotEmpty()
                .last()
                .satisfies(last -> assertThat(last).containsExactly(SIZE, SIZE));
        assertThat(listener.progress).extracting(p -> p[0]).isSorted();
        assertThat(listener.verified).containsExactly("the catalogue: " + server.sha256());
        assertThat(server.requests())
                .singleElement()
                .satisfies(seen -> assertThat(seen.range()).isNull());
    }

    @Test
    void should_resume_with_a_range_request_after_the_connection_is_cut() throws IOException {
        server = FakeModelServer.start(SIZE).cuttingFirstResponseAfter(SIZE / 2);
        RecordingListener listener = new RecordingListener();

        quick().build().download(request(server.fileUrl(), server.sha256()), listener);

        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(0).range()).isNull();
        assertThat(server.requests().get(1).range()).isEqualTo("bytes=" + SIZE / 2 + "-");
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
        assertThat(listener.notices)
                .singleElement()
                .asString()
                .contains("dropped after 3.1 kB of 6.1 kB")
                .contains("resuming");
        assertThat(listener.starts.get(1)).containsExactly(SIZE / 2, SIZE);
    }

    @Test
    void should_keep_the_part_file_when_cut_and_resume_it_on_the_next_run() throws IOException {
        server = FakeModelServer.start(SIZE).cuttingFirstResponseAfter(SIZE / 2);
        Downloader once = quick().attempts(1).build();

        assertThatThrownBy(() -> once.download(request(server.fileUrl(), server.sha256()), DownloadListener.NONE))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("run the same command again to resume");
        assertThat(target()).doesNotExist();
        assertThat(Files.size(part())).isEqualTo(SIZE / 2);

        once.download(request(server.fileUrl(), server.sha256()), DownloadListener.NONE);

        assertThat(server.requests().get(1).range()).isEqualTo("bytes=" + SIZE / 2 + "-");
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
        assertThat(part()).doesNotExist();
    }

    @Test
    void should_start_over_when_the_server_ignores_the_range() throws IOException {
        server = FakeModelServer.start(SIZE).cuttingFirstResponseAfter(SIZE / 3).ignoringRange();
        RecordingListener listener = new RecordingListener();

        quick().build().download(request(server.fileUrl(), server.sha256()), listener);

        assertThat(server.requests().get(1).range()).isEqualTo("bytes=" + SIZE / 3 + "-");
        assertThat(listener.notices)
                .anySatisfy(notice -> assertThat(notice).contains("does not resume downloads; starting over"));
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
    }

    @Test
    void should_finish_without_a_body_when_the_part_file_is_already_whole() throws IOException {
        server = FakeModelServer.start(SIZE);
        Files.write(part(), server.content());

        quick().build().download(request(server.fileUrl(), server.sha256()), DownloadListener.NONE);

        assertThat(server.requests())
                .singleElement()
                .satisfies(seen -> assertThat(seen.range()).isEqualTo("bytes=" + SIZE + "-"));
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
    }

    @Test
    void should_reject_a_checksum_mismatch_and_leave_nothing_behind() throws IOException {
        server = FakeModelServer.start(SIZE);
        String wrong = "0".repeat(64);

        assertThatThrownBy(() -> quick().build().download(request(server.fileUrl(), wrong), DownloadListener.NONE))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("SHA-256 is " + server.sha256())
                .hasMessageContaining("the catalogue says " + wrong)
                .hasMessageContaining("it was deleted");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void should_verify_against_the_x_linked_etag_of_the_redirect_and_not_the_cdn_etag() throws IOException {
        server = FakeModelServer.start(SIZE)
                .linkedEtag("\"" + FakeModelServer.sha256(FakeModelServer.fakeGguf(SIZE)) + "\"")
                .fileEtag("\"" + "ab".repeat(32) + "\"");
        RecordingListener listener = new RecordingListener();

        DownloadResult result = quick().build().download(request(server.resolveUrl(), null), listener);

        assertThat(server.requests())
                .extracting(FakeModelServer.Seen::path)
                .containsExactly("/resolve/main/model.gguf", "/files/model.gguf");
        assertThat(result.verification()).isEqualTo(Verification.SERVER);
        assertThat(result.sha256()).isEqualTo(server.sha256());
        assertThat(listener.verified).containsExactly("the server's X-Linked-ETag: " + server.sha256());
    }

    @Test
    void should_reject_a_file_that_does_not_match_the_x_linked_etag() throws IOException {
        server = FakeModelServer.start(SIZE).linkedEtag("\"" + "cd".repeat(32) + "\"");

        assertThatThrownBy(() -> quick().build().download(request(server.resolveUrl(), null), DownloadListener.NONE))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("the server's X-Linked-ETag says " + "cd".repeat(32));
        assertThat(target()).doesNotExist();
        assertThat(part()).doesNotExist();
    }

    @Test
    void should_keep_but_report_a_file_it_could_not_verify() throws IOException {
        server = FakeModelServer.start(SIZE).fileEtag("\"a661b1a138dac6dc5590367402d100765010ffd6\"");
        RecordingListener listener = new RecordingListener();

        DownloadResult result = quick().build().download(request(server.fileUrl(), null), listener);

        assertThat(result.verification()).isEqualTo(Verification.NONE);
        assertThat(listener.unverified).containsExactly(server.sha256());
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
    }

    @Test
    void should_refuse_to_start_without_enough_disk_space() throws IOException {
        server = FakeModelServer.start(SIZE);
        Downloader downloader = quick().usableSpace(folder -> 1000).build();

        assertThatThrownBy(() -> downloader.download(request(server.fileUrl(), server.sha256()), DownloadListener.NONE))
                .isInstanceOf(WartaException.class)
                .hasMessageContaining("not enough disk space for model.gguf in " + dir)
                .hasMessageContaining("it needs 6.1 kB more and 1.0 kB is free")
                .hasMessageContaining("WARTA_MODELS_DIR");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void should_count_only_the_missing_bytes_when_checking_space_for_a_resume() throws IOException {
        server = FakeModelServer.start(SIZE);
        Files.write(part(), java.util.Arrays.copyOf(server.content(), SIZE - 1000));
        AtomicInteger asked = new AtomicInteger();

        quick().usableSpace(folder -> {
                    asked.incrementAndGet();
                    return 1000;
                })
                .build()
                .download(request(server.fileUrl(), server.sha256()), DownloadListener.NONE);

        assertThat(asked).hasValue(1);
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
    }

    @Test
    void should_reject_a_file_that_is_not_gguf() throws IOException {
        server = FakeModelServer.start(SIZE);
        DownloadRequest request = new DownloadRequest(server.fileUrl(), target(), null, SIZE, "GGML");

        assertThatThrownBy(() -> quick().build().download(request, DownloadListener.NONE))
                .hasMessageContaining("is not a GGML file");
        assertThat(target()).doesNotExist();
        assertThat(part()).doesNotExist();
    }

    @Test
    void should_say_what_was_not_found() throws IOException {
        server = FakeModelServer.start(SIZE);

        assertThatThrownBy(() -> quick().build().download(request(server.missingUrl(), null), DownloadListener.NONE))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.BAD_REQUEST))
                .hasMessageContaining("nothing found at " + server.missingUrl() + " (HTTP 404)");
        assertThat(part()).doesNotExist();
    }

    @Test
    void should_fail_at_once_with_a_clear_message_when_the_host_is_unreachable() throws IOException {
        URI closed = URI.create("http://127.0.0.1:" + freePort() + "/model.gguf");

        assertThatThrownBy(() -> quick().build().download(request(closed, null), DownloadListener.NONE))
                .isInstanceOfSatisfying(
                        ModelException.class, e -> assertThat(e.kind()).isEqualTo(ModelException.Kind.UNREACHABLE))
                .hasMessageStartingWith("cannot reach 127.0.0.1");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void should_resume_a_stalled_body_after_the_idle_timeout() throws IOException {
        server = FakeModelServer.start(SIZE).stallingFor(3_000);
        RecordingListener listener = new RecordingListener();
        Downloader downloader = quick().idleTimeout(Duration.ofMillis(300)).build();

        long start = System.nanoTime();
        downloader.download(request(server.fileUrl(), server.sha256()), listener);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(listener.notices).first().asString().startsWith("no data from 127.0.0.1");
        assertThat(server.requests().get(1).range()).isEqualTo("bytes=" + SIZE / 2 + "-");
        assertThat(Files.readAllBytes(target())).isEqualTo(server.content());
    }

    @Test
    void should_refuse_a_second_download_of_the_same_file_while_one_runs() throws IOException {
        server = FakeModelServer.start(SIZE);
        try (PartFile held = PartFile.open(part())) {
            assertThatThrownBy(() -> quick().build().download(request(server.fileUrl(), null), DownloadListener.NONE))
                    .hasMessageContaining("another download of model.gguf.part is running");
        }
        assertThat(server.requests()).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
