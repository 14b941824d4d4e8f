/**
 * What a batch works through: {@link warta.core.batch.source.BatchSources} turns the source
 * arguments of {@code warta batch} (files, folders, JSON Lines, URLs, feeds, a list on standard
 * input) into a lazy stream of {@link warta.core.batch.source.BatchItem}s, each read only when the
 * batch gets to it. Every class here other than those two is package-private.
 */
package warta.core.batch.source;
