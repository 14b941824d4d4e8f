package warta.core.model.embedded.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import warta.core.error.CancelledException;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.error.WartaException;
import warta.core.model.embedded.store.DownloadResult.Verification;

/**
 * Downloads one file over HTTP(S) into place, safely:
 * <ul>
 * <li>the bytes go to {@code <target>.part}; an interrupted download (this run or an earlier one)
 *     goes on from where it stopped with {@code Range: bytes=N-}; a server that ignores the range
 *     (answers 200) or cannot serve it (416) makes it start over;</li>
 * <li>redirects are followed (at most {@value #MAX_REDIRECTS}, never from https to http);</li>
 * <li>the disk space still needed is checked against the usable space before the first byte is
 *     written;</li>
 * <li>the result's SHA-256 is checked against the request's, else against the one the server
 *     announces ({@code X-Linked-ETag} on any response, as Hugging Face sends for LFS files, else
 *     an {@code ETag} of 64 hex digits on the first response); a mismatch deletes the part file.
 *     With neither, the download is kept and reported unverified;</li>
 * <li>only a complete, checked file is forced to disk and moved to its final name in one step,
 *     so the target never holds a partial file;</li>
 * <li>a connection that drops or stalls (no data for the idle timeout) is resumed up to
 *     {@code attempts} times in all; after that the part file stays for the next run.</li>
 * </ul>
 * A second download of the same target (another thread or process) fails at once: the part file
 * is locked. Immutable and thread-safe.
 */
public final class Downloader {

    static final int MAX_REDIRECTS = 10;

    /** The bytes that may still be written under a folder ({@code FileStore.getUsableSpace}). */
    @FunctionalInterface
    public interface UsableSpace {
        long bytes(Path dir) throws IOException;
    }

    private final HttpClient client;
    private final Duration responseTimeout;
    private final Duration idleTimeout;
    private final int attempts;
    private final Duration retryDelay;
    private final UsableSpace usableSpace;

    private Downloader(Builder builder) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.responseTimeout = builder.responseTimeout;
        this.idleTimeout = builder.idleTimeout;
        this.attempts = builder.attempts;
        this.retryDelay = builder.retryDelay;
        this.usableSpace = builder.usableSpace;
    }

    /** A downloader with the default timeouts and retries. */
    public static Downloader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Downloads {@code request.url()} to {@code request.target()}, replacing a file there.
     *
     * @throws ModelException the server could not be reached ({@code UNREACHABLE}), did not answer
     *     in time ({@code TIMEOUT}), refused ({@code AUTHENTICATION}, {@code BAD_REQUEST},
     *     {@code RATE_LIMITED}), failed or kept dropping the connection ({@code SERVER_ERROR}), or
     *     sent a file with the wrong SHA-256 ({@code SERVER_ERROR}; nothing is kept)
     * @throws WartaException not enough disk space, the file is not what {@code magic} says, the
     *     part file cannot be written or is locked by another download
     * @throws CancelledException the thread was interrupted; the part file stays for a later resume
     */
    public DownloadResult download(DownloadRequest request, DownloadListener listener) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(listener, "listener");
        Path partPath = request.partFile();
        createDirectories(partPath.getParent());
        Checked checked = null;
        long partSize = -1;
        try (PartFile part = PartFile.open(partPath)) {
            try {
                Announced announced = new Fetch(this, request, part, listener).run();
                checked = Checked.of(request, part, announced);
                if (checked.problem() == null) {
                    part.force();
                }
            } finally {
                partSize = part.size();
            }
        } catch (IOException e) {
            throw new WartaException("cannot write " + partPath + ": " + e.getMessage(), e);
        } finally {
            if (checked == null && partSize == 0) {
                deleteQuietly(partPath); // opened by this call and nothing came: leave no trace
            }
        }
        if (checked.problem() != null) {
            deleteQuietly(partPath);
            throw checked.problem();
        }
        move(partPath, request.target());
        checked.report(listener);
        return new DownloadResult(request.target(), partSize, checked.sha256(), checked.verification());
    }

    HttpResponse<InputStream> send(URI uri, long offset) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(responseTimeout)
                .header("User-Agent", "warta")
                .header("Accept-Encoding", "identity")
                .GET();
        if (offset > 0) {
            builder.header("Range", "bytes=" + offset + "-");
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new ModelException(Kind.UNREACHABLE, "cannot reach " + uri.getHost() + ": connect timed out", e);
        } catch (HttpTimeoutException e) {
            throw new ModelException(
                    Kind.TIMEOUT, "no answer from " + uri.getHost() + " within " + Fetch.seconds(responseTimeout), e);
        } catch (ConnectException e) {
            throw new ModelException(Kind.UNREACHABLE, "cannot reach " + uri.getHost() + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("the download from " + uri.getHost() + " was cancelled");
        } catch (IOException e) {
            if (e.getCause() instanceof UnresolvedAddressException
                    || e.getCause() instanceof java.net.UnknownHostException) {
                throw new ModelException(Kind.UNREACHABLE, "cannot reach " + uri.getHost() + ": unknown host", e);
            }
            throw e;
        }
    }

    private static String reason(ConnectException e) {
        if (e.getCause() instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "connection refused" : message.toLowerCase(java.util.Locale.ROOT);
    }

    long usableSpace(Path dir) throws IOException {
        return usableSpace.bytes(dir);
    }

    int attempts() {
        return attempts;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    void pause() {
        try {
            Thread.sleep(retryDelay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("the download was cancelled");
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WartaException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WartaException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // nothing more to do: a stray part file is resumed or replaced by the next download
        }
    }

    static boolean interruptedRead(IOException e) {
        return e instanceof InterruptedIOException || e.getCause() instanceof InterruptedException;
    }

    /** Options of a {@link Downloader}. */
    public static final class Builder {

        private Duration connectTimeout = Duration.ofSeconds(30);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private Duration idleTimeout = Duration.ofSeconds(60);
        private int attempts = 4;
        private Duration retryDelay = Duration.ofSeconds(2);
        private UsableSpace usableSpace = dir -> Files.getFileStore(dir).getUsableSpace();

        private Builder() {}

        /** How long to wait for a connection. Default 30 s. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        /** How long to wait for a response's headers. Default 60 s. */
        public Builder responseTimeout(Duration value) {
            this.responseTimeout = positive(value, "responseTimeout");
            return this;
        }

        /** How long a response's body may send nothing before the connection is given up (and resumed). Default 60 s. */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = positive(value, "idleTimeout");
            return this;
        }

        /** How many connections one download may use when they drop or stall: 1 means no resuming. Default 4. */
        public Builder attempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("attempts must be at least 1, not " + value);
            }
            this.attempts = value;
            return this;
        }

        /** The pause before resuming a dropped connection. Default 2 s. */
        public Builder retryDelay(Duration value) {
            this.retryDelay = Objects.requireNonNull(value, "retryDelay");
            if (value.isNegative()) {
                throw new IllegalArgumentException("retryDelay must not be negative, not " + value);
            }
            return this;
        }

        /** Where the usable disk space comes from; tests inject a small one. */
        public Builder usableSpace(UsableSpace value) {
            this.usableSpace = Objects.requireNonNull(value, "usableSpace");
            return this;
        }

        public Downloader build() {
            return new Downloader(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, not " + value);
            }
            return value;
        }
    }

    /** The SHA-256 the server announced, and in which header. */
    record Announced(String sha256, String header) {

        static final Announced NOTHING = new Announced(null, null);
    }

    /** What the finished part file was checked against, and the problem if it failed. */
    record Checked(String sha256, Verification verification, String source, WartaException problem) {

        static Checked of(DownloadRequest request, PartFile part, Announced announced) throws IOException {
            String actual = part.sha256();
            Verification verification = request.sha256() != null
                    ? Verification.CATALOGUE
                    : announced.sha256() != null ? Verification.SERVER : Verification.NONE;
            String expected = verification == Verification.CATALOGUE ? request.sha256() : announced.sha256();
            String source =
                    verification == Verification.CATALOGUE ? "the catalogue" : "the server's " + announced.header();
            String file = request.target().getFileName().toString();
            if (expected != null && !expected.equals(actual)) {
                return new Checked(
                        actual,
                        verification,
                        source,
                        new ModelException(
                                Kind.SERVER_ERROR,
                                "the download of "
                                        + file + " from " + request.url()
                                        + " is damaged or not the expected file: its SHA-256 is " + actual
                                        + " but " + source + " says " + expected + "; it was deleted, try again"));
            }
            if (!request.magic().isEmpty() && !part.startsWith(request.magic())) {
                return new Checked(
                        actual,
                        verification,
                        source,
                        new WartaException("the download of " + file + " from "
                                + request.url() + " is not a " + request.magic() + " file (it does not start with '"
                                + request.magic() + "'; an error page?); it was deleted"));
            }
            return new Checked(actual, verification, source, null);
        }

        void report(DownloadListener listener) {
            if (verification == Verification.NONE) {
                listener.unverified(sha256);
            } else {
                listener.verified(sha256, source);
            }
        }
    }
}
