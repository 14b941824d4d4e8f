/**
 * The response cache: finished model answers kept on disk by request ({@link warta.core.cache.CacheKey}),
 * shared by every path of one {@link warta.core.Warta} and by every process on one folder, bounded with
 * least-recently-used eviction ({@link warta.core.cache.ResponseCache}).
 */
package warta.core.cache;
