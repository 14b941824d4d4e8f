package warta.core.error;

import java.util.Objects;
import java.util.function.Function;

/**
 * Root of every exception Warta throws on purpose. Unchecked: callers that can do something
 * useful catch a subtype ({@link InputException} for bad input); front ends catch this one
 * and turn its message into a line on stderr or a problem response.
 *
 * <p>A message that advises changing a setting is made with a wording, a function of the
 * {@link SettingNames} of whoever reads it: {@link #getMessage()} names the settings as flags
 * (the CLI's terms), {@link #message(SettingNames)} as a front end without flags names them.
 */
public class WartaException extends RuntimeException {

    /** Not serialized: a deserialized exception keeps the message in flag terms. */
    private final transient Function<SettingNames, String> wording;

    public WartaException(String message) {
        super(message);
        this.wording = null;
    }

    public WartaException(String message, Throwable cause) {
        super(message, cause);
        this.wording = null;
    }

    /**
     * @param wording the message, naming settings as the given {@link SettingNames} name them
     * @param cause the cause, or null
     */
    public WartaException(Function<SettingNames, String> wording, Throwable cause) {
        super(Objects.requireNonNull(wording, "wording").apply(SettingNames.FLAGS), cause);
        this.wording = wording;
    }

    /** The message with its advice in the terms of {@code names}; {@link #getMessage()} is the one in flags. */
    public String message(SettingNames names) {
        return wording == null ? getMessage() : wording.apply(Objects.requireNonNull(names, "names"));
    }

    /** {@code error}'s message in the terms of {@code names}, whatever it is. */
    public static String messageOf(Throwable error, SettingNames names) {
        return error instanceof WartaException warta ? warta.message(names) : error.getMessage();
    }
}
