package warta.core.error;

/**
 * A result could not be written where the user asked (a full disk, a folder that cannot be
 * written): the input was fine, the output was not. Nothing half-written is left behind.
 */
public class OutputException extends WartaException {

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
