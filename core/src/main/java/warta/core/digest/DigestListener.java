package warta.core.digest;

/**
 * Progress of a digest, for progress bars and server-sent events. Every method has a default that
 * does nothing. Called from worker threads, possibly at once from several: an implementation must
 * be thread-safe.
 */
public interface DigestListener {

    /** A listener that ignores everything. */
    DigestListener NONE = new DigestListener() {};

    /** One step of a stage is done ({@link DigestProgress}). */
    default void progress(DigestProgress progress) {}
}
