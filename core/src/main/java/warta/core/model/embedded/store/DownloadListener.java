package warta.core.model.embedded.store;

import java.net.URI;

/**
 * Hears how a {@link Downloader} is getting on. Called on the downloading thread; every method
 * does nothing unless overridden.
 */
public interface DownloadListener {

    /** Hears nothing. */
    DownloadListener NONE = new DownloadListener() {};

    /**
     * A response is about to be read.
     *
     * @param url the URL asked for (before redirects)
     * @param done the bytes already on disk from an earlier attempt (0 when starting afresh)
     * @param total the file's size, or -1 when the server does not say
     */
    default void started(URI url, long done, long total) {}

    /** {@code done} bytes of {@code total} (-1 when unknown) are on disk. */
    default void progress(long done, long total) {}

    /** Something a person should know that does not stop the download: a retry, a restart. */
    default void notice(String message) {}

    /** The file's SHA-256 matched the one {@code source} gave. */
    default void verified(String sha256, String source) {}

    /** The file could not be checked: neither the catalogue nor the server gave a SHA-256. */
    default void unverified(String sha256) {}
}
