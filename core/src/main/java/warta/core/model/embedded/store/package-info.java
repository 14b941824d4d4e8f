/**
 * GGUF model files for the embedded provider: the {@link warta.core.model.embedded.store.ModelCatalog}
 * of named presets, the {@link warta.core.model.embedded.store.ModelStore} that keeps them in a
 * cache folder and finds them, and the {@link warta.core.model.embedded.store.Downloader} that
 * fetches them over HTTP: resumable, checked against a SHA-256, and moved into place only when
 * whole, so the cache never holds a half-written model under its final name.
 */
package warta.core.model.embedded.store;
