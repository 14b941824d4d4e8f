package warta.core.model.embedded.store;

import java.nio.file.Path;

/**
 * A finished download.
 *
 * @param path the file, under its final name
 * @param bytes its size
 * @param sha256 its SHA-256, as computed while downloading
 * @param verification what it was checked against
 */
public record DownloadResult(Path path, long bytes, String sha256, Verification verification) {

    /** What a download's SHA-256 was checked against. */
    public enum Verification {
        /** The SHA-256 in the catalogue (or the request). */
        CATALOGUE,
        /** The SHA-256 the server announced ({@code X-Linked-ETag}, else a SHA-256 {@code ETag}). */
        SERVER,
        /** Nothing: no SHA-256 was known. */
        NONE
    }
}
