package warta.core.model.embedded.store;

import java.net.URI;
import warta.core.error.ModelException;
import warta.core.error.ModelException.Kind;

/** What an HTTP error status means for a download, in a message that says what to do. */
final class HttpErrors {

    private HttpErrors() {}

    static ModelException of(URI url, int status) {
        String host = url.getHost();
        return switch (status) {
            case 401, 403 ->
                new ModelException(
                        Kind.AUTHENTICATION,
                        host + " refused the download of " + url + " (HTTP " + status
                                + "): the file may be gated or private");
            case 404, 410 ->
                new ModelException(
                        Kind.BAD_REQUEST,
                        "nothing found at " + url + " (HTTP " + status + "): check the catalogue's url");
            case 408 -> new ModelException(Kind.TIMEOUT, host + " timed out (HTTP 408); try again later");
            case 429 ->
                new ModelException(Kind.RATE_LIMITED, "rate limited by " + host + " (HTTP 429); try again later");
            default ->
                status >= 500
                        ? new ModelException(Kind.SERVER_ERROR, host + " failed (HTTP " + status + "); try again later")
                        : new ModelException(
                                Kind.BAD_REQUEST, host + " rejected the download of " + url + " (HTTP " + status + ")");
        };
    }
}
