package warta.core.read;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and identity used when reading an input. Immutable; every instance is valid, because
 * the constructor rejects bad values with an {@link IllegalArgumentException} naming the argument.
 *
 * @param maxBytes the largest input accepted, in bytes, between 1 and {@link #MAX_LIMIT}; no more
 *     than {@code maxBytes + 1} bytes are ever read from a stream or URL
 * @param timeout how long a URL may take to connect, and again to answer; positive
 * @param userAgent the {@code User-Agent} header sent with URL requests; not blank
 * @param privateAddressesAllowed whether a URL may lead to a loopback, private, link-local or
 *     otherwise non-public address ({@link PrivateAddresses}); true by default, so the CLI can read
 *     intranet pages. A server that fetches URLs for its callers sets it to false: then every host
 *     is resolved once and checked before it is contacted, the connection goes to the checked
 *     address (so a DNS answer that changes afterwards is not used), redirects are followed one
 *     hop at a time (at most {@value UrlFetcher#MAX_REDIRECTS}) and each hop is checked the same
 *     way
 */
public record ReadOptions(long maxBytes, Duration timeout, String userAgent, boolean privateAddressesAllowed) {

    /** Default size limit: 2 MB. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** Highest size limit: 1 GB, since the whole input is held in memory. */
    public static final long MAX_LIMIT = 1024L * 1024 * 1024;
    /** Default network timeout: 20 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** Default user agent. */
    public static final String DEFAULT_USER_AGENT = "Warta/0.1 (+https://github.com/warta)";

    public ReadOptions {
        if (maxBytes < 1 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_LIMIT + ", got " + maxBytes);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** Options that allow private addresses, as before that option existed. */
    public ReadOptions(long maxBytes, Duration timeout, String userAgent) {
        this(maxBytes, timeout, userAgent, true);
    }

    /** 2 MB, 20 seconds, the Warta user agent, private addresses allowed. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, true);
    }

    public ReadOptions withMaxBytes(long newMaxBytes) {
        return new ReadOptions(newMaxBytes, timeout, userAgent, privateAddressesAllowed);
    }

    public ReadOptions withTimeout(Duration newTimeout) {
        return new ReadOptions(maxBytes, newTimeout, userAgent, privateAddressesAllowed);
    }

    public ReadOptions withUserAgent(String newUserAgent) {
        return new ReadOptions(maxBytes, timeout, newUserAgent, privateAddressesAllowed);
    }

    /** The same options, with URLs to non-public addresses allowed or refused. */
    public ReadOptions withPrivateAddressesAllowed(boolean allowed) {
        return new ReadOptions(maxBytes, timeout, userAgent, allowed);
    }
}
