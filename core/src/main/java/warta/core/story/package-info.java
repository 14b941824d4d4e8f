/**
 * Stories: which articles report the same event, decided without a model and explained.
 *
 * <p>{@link warta.core.story.StoryTraits} is what grouping knows of an article (its dates, the
 * names it mentions, the wording of its sentences, its near-duplicate signature);
 * {@link warta.core.story.Stories#group} links every pair ({@link warta.core.story.Link}, with
 * {@link warta.core.story.Reason}s and a score) and joins them by average-link clustering under
 * {@link warta.core.story.StoryRules}; {@link warta.core.story.StoryBook} keeps a batch folder's
 * stories so that articles of later runs join them. A digest builds on
 * {@link warta.core.story.Story}: its members (with outlet, published date, title, source) and
 * its dates. See {@code docs/stories.md}.
 */
package warta.core.story;
