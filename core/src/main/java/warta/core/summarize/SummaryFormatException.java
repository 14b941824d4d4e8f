package warta.core.summarize;

import warta.core.error.WartaException;

/** A model's answer that cannot be read as a {@link Summary}; the message says why. */
public class SummaryFormatException extends WartaException {

    public SummaryFormatException(String message) {
        super(message);
    }
}
