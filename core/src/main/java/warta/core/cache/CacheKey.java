package warta.core.cache;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.usage.Messages;

/**
 * The key of one answer: a SHA-256 over everything that changes what the model writes. From the
 * configuration: the provider, its base URL, the model ({@link #modelIdentity}), and the sampling settings the model is
 * made with (temperature, the most output tokens, the context size); from the request: every
 * message with its role (the prompt templates' version is in their text), the response format
 * and every sampling parameter the request itself carries. Each part is length-prefixed, so no
 * two different lists of parts give the same bytes. The API key, timeouts and retries change no
 * answer and are left out.
 */
final class CacheKey {

    private CacheKey() {}

    /** The key, as 64 lowercase hex digits. */
    static String of(ModelConfig config, ChatRequest request) {
        Hasher hasher = new Hasher();
        hasher.add(config.provider().id())
                .add(config.baseUrl())
                .add(modelIdentity(config))
                .add(config.temperature())
                .add(config.maxOutputTokens())
                .add(config.contextTokens());
        for (ChatMessage message : request.messages()) {
            hasher.add(Messages.role(message)).add(Messages.text(message));
        }
        parameters(hasher, request.parameters());
        return hasher.hex();
    }

    /**
     * The model as the key names it: for an in-process model given as a file, the file's real path,
     * size and time of change, so that {@code --model-file m.gguf} typed in two folders, or a file
     * replaced at the same path, never shares answers; otherwise the model's name.
     */
    static String modelIdentity(ModelConfig config) {
        if (config.provider() == Provider.EMBEDDED) {
            try {
                Path file = Path.of(config.model());
                if (Files.isRegularFile(file)) {
                    Path real = file.toRealPath();
                    BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
                    return real + " " + attributes.size() + " "
                            + attributes.lastModifiedTime().toMillis();
                }
            } catch (IOException | InvalidPathException e) {
                // a name the model store resolves (a catalogue entry), or a file that went away: the name
            }
        }
        return config.model();
    }

    private static void parameters(Hasher hasher, ChatRequestParameters p) {
        if (p == null) {
            hasher.add("no parameters");
            return;
        }
        hasher.add(p.modelName())
                .add(p.temperature())
                .add(p.topP())
                .add(p.topK())
                .add(p.frequencyPenalty())
                .add(p.presencePenalty())
                .add(p.maxOutputTokens())
                .add(p.stopSequences())
                .add(p.toolSpecifications())
                .add(p.toolChoice())
                .add(p.responseFormat());
    }

    /** Length-prefixed parts into one SHA-256. */
    private static final class Hasher {

        private final MessageDigest sha;

        Hasher() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        Hasher add(Object value) {
            // null and "null" differ: a null is one byte, a value its length first
            if (value == null) {
                sha.update((byte) 0);
                return this;
            }
            byte[] bytes = Objects.toString(value).getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 1);
            sha.update(HexFormat.of().formatHex(intBytes(bytes.length)).getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }

        private static byte[] intBytes(int n) {
            return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
        }
    }
}
