package warta.core.work;

import java.time.Duration;
import warta.core.error.WartaException;

/**
 * A request's model work (one article, or a whole digest) ran past {@code warta.request-timeout} and was
 * cancelled: answered 504. The message names no article, since the work may be a digest of several.
 */
public class WorkTimeoutException extends WartaException {

    public WorkTimeoutException(Duration timeout) {
        super("the request's model work was not finished within the server's limit of " + seconds(timeout)
                + " (warta.request-timeout); the work was cancelled");
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
