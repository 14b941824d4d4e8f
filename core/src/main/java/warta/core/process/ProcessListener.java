package warta.core.process;

import warta.core.article.CleanArticle;
import warta.core.translate.TranslationListener;

/**
 * Follows an article through the processor, for progress bars and server streams: the stages,
 * and (from {@link TranslationListener}) the chunks and paragraphs of the translation. Methods
 * may be called from several threads and must return quickly; all do nothing by default.
 */
public interface ProcessListener extends TranslationListener {

    ProcessListener NONE = new ProcessListener() {};

    /** A stage began. */
    default void stage(Stage stage) {}

    /** A listener that tells this one every event, and {@code also} the translation's. */
    default ProcessListener and(TranslationListener also) {
        ProcessListener first = this;
        return new ProcessListener() {
            @Override
            public void stage(Stage stage) {
                first.stage(stage);
            }

            @Override
            public void translating(CleanArticle article) {
                first.translating(article);
                also.translating(article);
            }

            @Override
            public void chunkStarted(int index, int total) {
                first.chunkStarted(index, total);
                also.chunkStarted(index, total);
            }

            @Override
            public void chunkFinished(int index, int total) {
                first.chunkFinished(index, total);
                also.chunkFinished(index, total);
            }

            @Override
            public void titleTranslated(String english) {
                first.titleTranslated(english);
                also.titleTranslated(english);
            }

            @Override
            public void paragraphTranslated(int index, String english) {
                first.paragraphTranslated(index, english);
                also.paragraphTranslated(index, english);
            }
        };
    }
}
