package warta.core.error;

/**
 * Root of every exception Warta throws on purpose. Unchecked: callers that can do something
 * useful catch a subtype ({@link InputException} for bad input); front ends catch this one
 * and turn its message into a line on stderr or a problem response.
 */
public class WartaException extends RuntimeException {

    public WartaException(String message) {
        super(message);
    }

    public WartaException(String message, Throwable cause) {
        super(message, cause);
    }
}
