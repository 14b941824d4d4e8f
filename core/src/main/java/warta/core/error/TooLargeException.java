package warta.core.error;

/**
 * The input is usable in form but larger than a configured limit (an article's text, a batch's
 * articles): HTTP 413, exit 1. The message names the limit and how it is set.
 */
public class TooLargeException extends InputException {

    public TooLargeException(String message) {
        super(message);
    }
}
