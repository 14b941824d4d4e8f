package warta.core.result;

import java.util.List;
import java.util.Objects;
import warta.core.article.Source;
import warta.core.check.Checks;
import warta.core.check.TermUse;
import warta.core.clean.Removal;
import warta.core.lang.Language;
import warta.core.meta.Metadata;
import warta.core.summarize.Summary;
import warta.core.translate.Translation;
import warta.core.usage.Usage;

/**
 * The result document of one article, the same for the CLI, the server and batches (see
 * {@code docs/result-format.md}). Immutable.
 *
 * @param id a stable id, safe as a file name
 * @param source where the article came from
 * @param language the source language
 * @param metadata what the article says about itself
 * @param translation the English, or null when not asked for
 * @param summary the summary, or null when not asked for
 * @param checks what the checks found; a result whose checks did not pass says so here
 * @param terms the renderings the translation used for the article's terms (empty without a
 *     translation)
 * @param notes other things a reader should know (a summary that breaks the length limits)
 * @param removed what cleaning removed, with reasons
 * @param usage requests, tokens and time
 * @param duplicateOf the id of an earlier article of the same batch output this one nearly
 *     repeats, or null
 * @param story the id of the story of the batch output this article belongs to (see {@code
 *     docs/stories.md}), or null outside a batch
 */
public record ArticleResult(
        String id,
        Source source,
        Language language,
        Metadata metadata,
        Translation translation,
        Summary summary,
        Checks checks,
        List<TermUse> terms,
        List<String> notes,
        List<Removal> removed,
        Usage usage,
        String duplicateOf,
        String story) {

    public ArticleResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checks, "checks");
        terms = List.copyOf(terms);
        notes = List.copyOf(notes);
        removed = List.copyOf(removed);
        Objects.requireNonNull(usage, "usage");
    }

    /** This result, marked as a near-duplicate of {@code earlier}. */
    public ArticleResult withDuplicateOf(String earlier) {
        return new ArticleResult(
                id,
                source,
                language,
                metadata,
                translation,
                summary,
                checks,
                terms,
                notes,
                removed,
                usage,
                earlier,
                story);
    }

    /** This result, in the story {@code storyId}. */
    public ArticleResult withStory(String storyId) {
        return new ArticleResult(
                id,
                source,
                language,
                metadata,
                translation,
                summary,
                checks,
                terms,
                notes,
                removed,
                usage,
                duplicateOf,
                storyId);
    }
}
