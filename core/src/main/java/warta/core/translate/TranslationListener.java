package warta.core.translate;

import warta.core.article.CleanArticle;

/**
 * Follows a translation as it goes, for progress bars and server streams. Methods may be called
 * from several threads at once (chunks are translated concurrently) and must return quickly.
 * Every method does nothing by default.
 */
public interface TranslationListener {

    TranslationListener NONE = new TranslationListener() {};

    /** The translation of {@code article} begins (not called for an article that is not translated). */
    default void translating(CleanArticle article) {}

    /** Chunk {@code index} (from 0) of {@code total} was sent. */
    default void chunkStarted(int index, int total) {}

    /** Chunk {@code index} of {@code total} is translated (after any retry). */
    default void chunkFinished(int index, int total) {}

    /**
     * The article's title is translated (it leads the first chunk, and is reported before that
     * chunk's paragraphs). Not called for an article without a title.
     */
    default void titleTranslated(String english) {}

    /**
     * Source paragraph {@code index} now has its whole English translation, exactly as the
     * finished {@link Translation} will hold it.
     */
    default void paragraphTranslated(int index, String english) {}
}
