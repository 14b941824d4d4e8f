package warta.core.process;

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
}
