package warta.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The API keys the server accepts. Empty means the API is open. Only SHA-256 digests of the keys
 * are kept, and a presented key is compared with every one of them in constant time
 * ({@link MessageDigest#isEqual}), so neither its length nor its first wrong character shows in
 * the time an answer takes. {@link #toString()} shows how many keys there are, never a key.
 * Immutable and thread-safe.
 */
public final class ApiKeys {

    private static final ApiKeys NONE = new ApiKeys(List.of());

    private final List<byte[]> digests;

    private ApiKeys(List<byte[]> digests) {
        this.digests = digests;
    }

    /** No keys: the API is open. */
    public static ApiKeys none() {
        return NONE;
    }

    /**
     * The keys in a comma-separated list; spaces around a key are dropped.
     *
     * @throws IllegalArgumentException when the list holds no key, so that a setting that was
     *     meant to protect the API never leaves it open by mistake
     */
    public static ApiKeys parse(String commaSeparated, String origin) {
        Objects.requireNonNull(commaSeparated, "commaSeparated");
        List<byte[]> digests = Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .map(ApiKeys::digest)
                .toList();
        if (digests.isEmpty()) {
            throw new IllegalArgumentException(origin + " is set but holds no API key");
        }
        return new ApiKeys(digests);
    }

    /** Whether keys are required at all. */
    public boolean required() {
        return !digests.isEmpty();
    }

    /** How many keys there are. */
    public int size() {
        return digests.size();
    }

    /** Whether {@code presented} is one of the keys; false for null. Takes the same time whichever key matches. */
    public boolean matches(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] candidate = digest(presented);
        boolean match = false;
        for (byte[] digest : digests) {
            match |= MessageDigest.isEqual(digest, candidate);
        }
        return match;
    }

    @Override
    public String toString() {
        return "ApiKeys[" + digests.size() + " keys]";
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
