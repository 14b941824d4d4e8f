/**
 * The embedded provider: a GGUF model run inside this JVM by llama.cpp (java-llama.cpp), behind
 * LangChain4j's {@code ChatModel}. {@link warta.core.model.embedded.LlamaChatModel#open} loads a
 * model with {@link warta.core.model.embedded.EmbeddedSettings}; the library's quirks (a native
 * library extracted with a message on stdout, its log, a thread that keeps the JVM alive) are
 * handled here and described in {@code docs/embedded.md}.
 *
 * <p>{@link warta.core.model.embedded.GgufWriter} and {@link warta.core.model.embedded.RandomLlamaGguf}
 * write model files with random weights, for tests and benchmarks only. The {@code store}
 * subpackage finds and downloads real models.
 */
package warta.core.model.embedded;
