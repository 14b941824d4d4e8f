package warta.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.files.AtomicFiles;
import warta.core.model.ModelConfig;
import warta.core.usage.UsageMeter;

/**
 * Finished model answers on disk, so that the same request (see {@link CacheKey}) costs one model
 * run however often it is asked, by whichever path (single articles, the server, batches, jobs)
 * and whichever process. Each answer is its own file, {@code <dir>/<2 hex>/<key>.json}, written
 * whole through {@link AtomicFiles} (not forced to disk: a crash may lose an answer, which then
 * costs one request again, never a wrong one). Answers served from here carry
 * {@link UsageMeter#CACHED_RESPONSE_ID} as their id, cost nothing and are counted as cached.
 *
 * <p>Bounded: a hit touches the file's modification time, and when the bytes this process thinks
 * are there pass {@code maxBytes}, a scan on a background thread deletes the least recently used
 * files until the folder is back under 90% of the bound ({@link Eviction}); the folder may pass
 * the bound by what is written while it runs. Several processes may share one folder: a
 * file that vanished, was cut short or is not an answer is a miss, never a failure; a file
 * another process deleted is skipped. A folder that cannot be written (full disk, no permission)
 * is warned about once, and the answers are then simply not kept. Thread-safe.
 */
public final class ResponseCache {

    /** The bound when none is set: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ResponseCache.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final Eviction eviction;
    private final AtomicBoolean warned;
    /** False for a refreshing view: answers are asked again, and stored. */
    private final boolean reads;

    /**
     * A cache in {@code dir} (made on the first write) of at most about {@code maxBytes}.
     *
     * @throws IllegalArgumentException when {@code maxBytes} is below 1
     */
    public ResponseCache(Path dir, long maxBytes) {
        this(dir, maxBytes, Eviction.BACKGROUND);
    }

    /** As above, with scans and evictions run by {@code background} (tests run them at once). */
    ResponseCache(Path dir, long maxBytes, Executor background) {
        this.dir = Objects.requireNonNull(dir, "dir");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
        }
        this.eviction = new Eviction(dir, maxBytes, background);
        this.warned = new AtomicBoolean();
        this.reads = true;
    }

    private ResponseCache(ResponseCache cache) {
        this.dir = cache.dir;
        this.eviction = cache.eviction;
        this.warned = cache.warned;
        this.reads = false;
    }

    /**
     * This cache, never read: every request goes to the model, and its answer replaces the stored
     * one ({@code --no-cache}: a fresh answer now, which later runs then get).
     */
    public ResponseCache refreshing() {
        return reads ? new ResponseCache(this) : this;
    }

    public Path dir() {
        return dir;
    }

    public long maxBytes() {
        return eviction.maxBytes();
    }

    /**
     * A model that answers from this cache when it can ({@code read}) and stores every new answer,
     * under keys made with {@code config}. Without {@code read}, or on a {@link #refreshing} view,
     * every request goes to {@code delegate} (a forced redo) and the stored answer is replaced.
     */
    public ChatModel around(ChatModel delegate, ModelConfig config, boolean read) {
        return new CachingChatModel(this, delegate, config, read && reads);
    }

    /** The answer stored under {@code key}, as a response that costs nothing; empty when there is none or it is unreadable. */
    Optional<ChatResponse> get(String key) {
        Path file = file(key);
        try {
            JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
            JsonNode text = node == null ? null : node.get("text");
            if (text == null || !text.isTextual()) {
                return Optional.empty();
            }
            touch(file);
            return Optional.of(ChatResponse.builder()
                    .id(UsageMeter.CACHED_RESPONSE_ID)
                    .aiMessage(AiMessage.from(text.asText()))
                    .tokenUsage(new TokenUsage(0, 0))
                    .build());
        } catch (IOException | RuntimeException e) {
            // missing, vanished, cut short or not JSON: a miss
            return Optional.empty();
        }
    }

    /** Stores the text of {@code response} under {@code key}; a response without text is not kept. */
    void put(String key, ChatResponse response) {
        if (response.aiMessage() == null || response.aiMessage().text() == null) {
            return;
        }
        String json = MAPPER.createObjectNode()
                .put("text", response.aiMessage().text())
                .toString();
        try {
            AtomicFiles.write(file(key), json, false);
        } catch (IOException | RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                log.warn("cannot keep model answers in the cache {}: {}; going on without it", dir, e.toString());
            }
            return;
        }
        eviction.added(json.getBytes(StandardCharsets.UTF_8).length);
    }

    /** What the folder holds now. */
    public CacheStats stats() {
        return eviction.stats();
    }

    /** Deletes every answer; returns how many were deleted (files another process deleted first are not counted). */
    public int clear() {
        return eviction.clear();
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (NoSuchFileException e) {
            // evicted by another process since it was read: the answer is still good
        } catch (IOException e) {
            log.debug("cannot mark {} as used: {}", file, e.toString());
        }
    }
}
