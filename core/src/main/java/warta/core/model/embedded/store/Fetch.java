package warta.core.model.embedded.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;
import warta.core.error.WartaException;
import warta.core.model.embedded.store.Downloader.Announced;

/** One download's connections: follows redirects, resumes, streams into the part file. Not thread-safe. */
final class Fetch {

    /** The connection dropped or stalled; the part file holds what came and the next attempt resumes. */
    private static final class Cut extends Exception {

        Cut(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Downloader downloader;
    private final DownloadRequest request;
    private final PartFile part;
    private final DownloadListener listener;
    private final String host;

    Fetch(Downloader downloader, DownloadRequest request, PartFile part, DownloadListener listener) {
        this.downloader = downloader;
        this.request = request;
        this.part = part;
        this.listener = listener;
        this.host = request.url().getHost();
    }

    /** Fills the part file with the whole file; returns the SHA-256 the server announced, if any. */
    Announced run() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt();
            } catch (Cut cut) {
                if (attempt >= downloader.attempts()) {
                    throw new ModelException(
                            Kind.SERVER_ERROR,
                            cut.getMessage() + " (gave up after " + attempt + (attempt == 1 ? " attempt" : " attempts")
                                    + "); run the same command again to resume",
                            cut);
                }
                listener.notice(cut.getMessage() + "; resuming (attempt " + (attempt + 1) + " of "
                        + downloader.attempts() + ")");
                downloader.pause();
            }
        }
    }

    private Announced attempt() throws IOException, Cut {
        long offset = part.size();
        Redirected redirected = follow(offset);
        HttpResponse<InputStream> response = redirected.response();
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            long total;
            if (status == 416) {
                return rangeNotSatisfiable(response, offset, redirected.announced());
            } else if (status == 206) {
                total = resumed(response, offset);
            } else if (status == 200) {
                if (offset > 0) {
                    listener.notice(host + " does not resume downloads; starting over");
                    part.reset();
                }
                total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            } else {
                throw HttpErrors.of(request.url(), status);
            }
            checkSpace(total);
            listener.started(request.url(), part.size(), total);
            copy(body, total);
            return redirected.announced();
        }
    }

    private record Redirected(HttpResponse<InputStream> response, Announced announced) {}

    /** Sends the request, following redirects; the SHA-256 may be announced by any response on the way. */
    private Redirected follow(long offset) throws IOException, Cut {
        URI uri = request.url();
        String linked = null;
        String etag = null;
        for (int hop = 0; hop <= Downloader.MAX_REDIRECTS; hop++) {
            HttpResponse<InputStream> response = send(uri, offset);
            if (linked == null) {
                linked = Sha256.fromEtag(
                                response.headers().firstValue("X-Linked-Etag").orElse(null))
                        .orElse(null);
            }
            if (hop == 0) {
                // Only the first server's ETag: a CDN further on may use a content hash that is not the SHA-256.
                etag = Sha256.fromEtag(response.headers().firstValue("ETag").orElse(null))
                        .orElse(null);
            }
            Optional<String> location = response.headers().firstValue("Location");
            int status = response.statusCode();
            if (status < 300 || status >= 400 || status == 304 || location.isEmpty()) {
                Announced announced = linked != null
                        ? new Announced(linked, "X-Linked-ETag")
                        : etag != null ? new Announced(etag, "ETag") : Announced.NOTHING;
                return new Redirected(response, announced);
            }
            response.body().close();
            uri = redirect(uri, location.get());
        }
        throw new ModelException(Kind.BAD_REQUEST, "too many redirects from " + request.url());
    }

    private HttpResponse<InputStream> send(URI uri, long offset) throws Cut {
        try {
            return downloader.send(uri, offset);
        } catch (IOException e) {
            throw new Cut(
                    "the connection to " + uri.getHost() + " failed ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    e);
        }
    }

    private URI redirect(URI from, String location) {
        URI to = from.resolve(location.strip());
        if (!"https".equals(to.getScheme()) && !"http".equals(to.getScheme())
                || "https".equals(from.getScheme()) && "http".equals(to.getScheme())) {
            throw new ModelException(
                    Kind.BAD_REQUEST,
                    from.getHost() + " redirected the download to " + to
                            + ", which Warta does not follow (only https, or http from http)");
        }
        return to;
    }

    private long resumed(HttpResponse<InputStream> response, long offset) throws IOException, Cut {
        ContentRange range = ContentRange.parse(
                response.headers().firstValue("Content-Range").orElse(null));
        if (range == null || range.start() != offset) {
            part.reset();
            throw new Cut(
                    host + " answered the resume at byte " + offset + " with another range ("
                            + response.headers().firstValue("Content-Range").orElse("none") + "); starting over",
                    null);
        }
        return range.total();
    }

    private Announced rangeNotSatisfiable(HttpResponse<InputStream> response, long offset, Announced announced)
            throws IOException, Cut {
        ContentRange range = ContentRange.parse(
                response.headers().firstValue("Content-Range").orElse(null));
        if (range != null && range.total() == offset) {
            return announced; // the part file already holds the whole file
        }
        part.reset();
        throw new Cut(host + " cannot resume at byte " + offset + " (HTTP 416); starting over", null);
    }

    private void checkSpace(long total) throws IOException {
        long size = total >= 0 ? total : request.sizeHint();
        long needed = size - part.size();
        if (needed <= 0) {
            return;
        }
        long usable = downloader.usableSpace(part.path().getParent());
        if (needed > usable) {
            throw new WartaException(
                    "not enough disk space for " + request.target().getFileName() + " in "
                            + part.path().getParent() + ": it needs " + Bytes.format(needed) + " more and "
                            + Bytes.format(usable)
                            + " is free; free some space, or set WARTA_MODELS_DIR to a folder on a larger disk");
        }
    }

    private void copy(InputStream body, long total) throws IOException, Cut {
        byte[] buffer = new byte[1 << 16];
        try (IdleWatchdog watchdog = IdleWatchdog.watch(downloader.idleTimeout(), body)) {
            while (true) {
                int read = read(body, buffer, watchdog, total);
                if (read < 0) {
                    break;
                }
                watchdog.fed();
                part.append(buffer, read);
                listener.progress(part.size(), total);
            }
            if (watchdog.fired()) {
                throw stalled(total, null);
            }
        }
        if (total >= 0 && part.size() != total) {
            if (part.size() > total) {
                part.reset();
            }
            throw new Cut("the connection to " + host + " closed after " + progress(total), null);
        }
    }

    private int read(InputStream body, byte[] buffer, IdleWatchdog watchdog, long total) throws Cut {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            if (watchdog.fired()) {
                Thread.interrupted(); // a read woken by the close may have left the flag
                throw stalled(total, e);
            }
            if (Downloader.interruptedRead(e)) {
                Thread.currentThread().interrupt();
                throw new warta.core.error.CancelledException("the download from " + host + " was cancelled");
            }
            throw new Cut("the connection to " + host + " dropped after " + progress(total), e);
        }
    }

    private Cut stalled(long total, Throwable cause) {
        return new Cut(
                "no data from " + host + " for " + seconds(downloader.idleTimeout()) + " after " + progress(total),
                cause);
    }

    static String seconds(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0
                ? millis / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private String progress(long total) {
        return Bytes.format(part.size()) + (total >= 0 ? " of " + Bytes.format(total) : "");
    }
}
