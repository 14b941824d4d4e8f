package warta.core.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import warta.core.files.AtomicFiles;
import warta.core.usage.Messages;
import warta.core.usage.UsageMeter;

/**
 * Remembers every answered request on disk, so a request is never sent twice for the same
 * output folder: when a batch is killed in the middle of a long article, the rerun gets the
 * chunks that were already translated from here and asks the model only for the rest. The key
 * is a SHA-256 of the provider, the model, every message and the response format; each answer
 * is its own file, written atomically but not forced to disk (a crash may lose an answer, which
 * then costs one request again, never a wrong one). Answers served from here carry
 * {@link UsageMeter#CACHED_RESPONSE_ID} as their id and cost nothing. Thread-safe.
 */
public final class ResponseCache {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;

    public ResponseCache(Path dir) {
        this.dir = dir;
    }

    /**
     * A model that answers from this cache when it can ({@code read}), and stores every new
     * answer. Without {@code read} every request goes to the model (a forced redo) and the cache
     * is refreshed.
     */
    public ChatModel around(ChatModel delegate, String provider, String model, boolean read) {
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                Path file = file(key(provider, model, request));
                ChatResponse cached = read ? read(file) : null;
                if (cached != null) {
                    return cached;
                }
                ChatResponse response = delegate.chat(request);
                write(file, response);
                return response;
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return doChat(request);
            }

            @Override
            public Set<Capability> supportedCapabilities() {
                return delegate.supportedCapabilities();
            }

            @Override
            public ChatRequestParameters defaultRequestParameters() {
                return delegate.defaultRequestParameters();
            }
        };
    }

    static String key(String provider, String model, ChatRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, provider);
            update(sha, model);
            for (ChatMessage message : request.messages()) {
                update(sha, Messages.role(message));
                update(sha, Messages.text(message));
            }
            update(
                    sha,
                    request.responseFormat() == null
                            ? ""
                            : String.valueOf(request.responseFormat().jsonSchema()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(HexFormat.of().formatHex(intBytes(bytes.length)).getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static byte[] intBytes(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private static ChatResponse read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            return ChatResponse.builder()
                    .id(UsageMeter.CACHED_RESPONSE_ID)
                    .aiMessage(AiMessage.from(node.path("text").asText()))
                    .tokenUsage(new TokenUsage(0, 0))
                    .build();
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, ChatResponse response) {
        if (response.aiMessage() == null || response.aiMessage().text() == null) {
            return;
        }
        ObjectNode node =
                MAPPER.createObjectNode().put("text", response.aiMessage().text());
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsString(node), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the response cache at " + file, e);
        }
    }
}
