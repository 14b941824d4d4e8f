package warta.core.model;

import dev.langchain4j.model.chat.Capability;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where chat completions come from. {@link #id()} is the name users type ({@code --provider},
 * {@code WARTA_PROVIDER}, the config file); {@link #parse(String)} is its inverse and ignores case.
 */
public enum Provider {
    /** Any server speaking OpenAI's {@code /chat/completions}: OpenAI itself, llama.cpp, vLLM. */
    OPENAI("openai"),
    /** An Ollama server's native {@code /api/chat}. */
    OLLAMA("ollama"),
    /** A model run inside the JVM; not available yet. */
    EMBEDDED("embedded");

    private final String id;

    Provider(String id) {
        this.id = id;
    }

    /** The lower-case name users type, e.g. {@code "openai"}. */
    public String id() {
        return id;
    }

    /**
     * What this provider's client takes besides plain messages, known without making it (plans
     * ask without loading a model): a JSON-schema response format, for the OpenAI-compatible and
     * Ollama clients (a server that refuses one is handled by {@link SchemaFallback}) and for the
     * in-process model (which generates under the schema's grammar).
     */
    public Set<Capability> capabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    /**
     * The provider named {@code id}, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException if no provider has that id; the message lists the valid ids
     */
    public static Provider parse(String id) {
        if (id != null) {
            String wanted = id.strip().toLowerCase(Locale.ROOT);
            for (Provider provider : values()) {
                if (provider.id.equals(wanted)) {
                    return provider;
                }
            }
        }
        throw new IllegalArgumentException("unknown provider '" + id + "'; use " + validIds());
    }

    /** The ids for a message: "openai, ollama or embedded". */
    static String validIds() {
        String all = Arrays.stream(values()).map(Provider::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }

    @Override
    public String toString() {
        return id;
    }
}
