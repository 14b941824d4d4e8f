package warta.core.process;

/** What to do with an article. */
public enum Task {
    /** Translate it into English. */
    TRANSLATE,
    /** Summarize it in English. */
    SUMMARIZE
}
