/**
 * The embedded provider: a GGUF model run inside this JVM by llama.cpp (java-llama.cpp), behind
 * LangChain4j's {@code ChatModel}. {@link warta.core.model.embedded.LlamaChatModel#open} loads a
 * model with {@link warta.core.model.embedded.EmbeddedSettings}; the library's quirks (a native
 * library extracted with a message on stdout, its log, a thread that keeps the JVM alive) are
 * handled here and described in {@code docs/embedded.md}.
 *
 * <p>The {@code store} subpackage finds and downloads real models. The writers of random-weight
 * model files for tests and benchmarks ({@code GgufWriter}, {@code RandomLlamaGguf}) are test
 * fixtures in core's test jar, not shipped in this package.
 */
package warta.core.model.embedded;
