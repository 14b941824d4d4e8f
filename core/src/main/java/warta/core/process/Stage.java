package warta.core.process;

import java.util.Locale;

/** The stages of one article's processing, in order; each one runs only when its task was asked for. */
public enum Stage {
    TRANSLATE,
    SUMMARIZE,
    CHECK;

    /** The stage's name as front ends show and send it: translate, summarize, check. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
