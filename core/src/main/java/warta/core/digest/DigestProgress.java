package warta.core.digest;

import java.util.Objects;

/**
 * How far a digest has come in one stage.
 *
 * @param stage {@code articles} (each article translated and summarized, or reused from a batch
 *     output), {@code stories} (each story written) or {@code briefing} (the overview)
 * @param done the steps of the stage done so far
 * @param total the steps of the stage
 * @param detail what the last step was (an article id, a story id), or null
 */
public record DigestProgress(String stage, int done, int total, String detail) {

    public static final String ARTICLES = "articles";
    public static final String STORIES = "stories";
    public static final String BRIEFING = "briefing";

    public DigestProgress {
        Objects.requireNonNull(stage, "stage");
    }
}
