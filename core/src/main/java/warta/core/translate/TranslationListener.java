package warta.core.translate;

/**
 * Follows a translation as it goes, for progress bars and server streams. Methods may be called
 * from several threads at once (chunks are translated concurrently) and must return quickly.
 * Every method does nothing by default.
 */
public interface TranslationListener {

    TranslationListener NONE = new TranslationListener() {};

    /** Chunk {@code index} (from 0) of {@code total} was sent. */
    default void chunkStarted(int index, int total) {}

    /** Chunk {@code index} of {@code total} is translated (after any retry). */
    default void chunkFinished(int index, int total) {}

    /** Source paragraph {@code index} now has its whole English translation. */
    default void paragraphTranslated(int index, String english) {}
}
