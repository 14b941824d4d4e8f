package warta.core.story;

/**
 * The rules of story grouping: how much each kind of evidence adds to a link and what a story
 * needs. Immutable.
 *
 * @param threshold the least average link score between an article and a story's members (and
 *     between two stories that are joined), above 0 and at most 1
 * @param dateDays dates at most this many days apart count as the same event's
 * @param datesScore what close dates add
 * @param sentenceScore what each shared sentence adds
 * @param sentencesCap the most shared sentences add
 * @param duplicateSimilarity the least near-duplicate similarity of a duplicate
 */
public record StoryRules(
        double threshold,
        int dateDays,
        double datesScore,
        double sentenceScore,
        double sentencesCap,
        double duplicateSimilarity) {

    /**
     * The defaults: a threshold of 0.5, so names alone must be shared to half their weight
     * (weighted Dice), or a third with close dates, or less with shared sentences too; dates
     * within 3 days (an event, the day after, the weekend's follow-up) add 0.2; each shared
     * sentence adds 0.1, at most 0.4; duplicates as the batch's near-duplicate test (0.5).
     */
    public static final StoryRules DEFAULTS = new StoryRules(0.5, 3, 0.2, 0.1, 0.4, 0.5);

    public StoryRules {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
        }
        if (dateDays < 0) {
            throw new IllegalArgumentException("dateDays must not be negative: " + dateDays);
        }
        if (datesScore < 0 || sentenceScore < 0 || sentencesCap < 0) {
            throw new IllegalArgumentException("scores must not be negative");
        }
        if (!(duplicateSimilarity > 0 && duplicateSimilarity <= 1)) {
            throw new IllegalArgumentException(
                    "duplicateSimilarity must be above 0 and at most 1: " + duplicateSimilarity);
        }
    }
}
