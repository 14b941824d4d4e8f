/**
 * Daily digests of a batch output folder ({@code warta batch --watch --digest daily}):
 * {@link warta.core.daily.DailyDigests} finds the day of each done article and writes, for each
 * day that got new ones, a digest of all of that day's articles, their results reused. See
 * {@code docs/batch.md}.
 */
package warta.core.daily;
