package warta.core.work;

import java.time.Duration;
import warta.core.error.WartaException;

/**
 * A request's model work (one article, or a whole digest) ran past its limit ({@code warta.request-timeout}, for a digest
 * {@code warta.digest-timeout}) and was
 * cancelled: answered 504. The message names no article, since the work may be a digest of several.
 */
public class WorkTimeoutException extends WartaException {

    public WorkTimeoutException(Duration timeout) {
        this(timeout, "warta.request-timeout");
    }

    /** @param setting the setting that gave the limit, named in the message */
    public WorkTimeoutException(Duration timeout, String setting) {
        super("the request's model work was not finished within the server's limit of " + seconds(timeout) + " ("
                + setting + "); the work was cancelled");
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
