package warta.core.error;

import java.util.function.Function;

/**
 * The user's input cannot be used: a missing or unreadable file, binary or empty content,
 * input over the size limit, an unreachable URL. The message names the input and says what is
 * wrong in one line; the CLI exits 1 with it, the server answers 4xx.
 */
public class InputException extends WartaException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A message whose advice names settings: see {@link WartaException#message(SettingNames)}. */
    public InputException(Function<SettingNames, String> wording) {
        super(wording, null);
    }
}
