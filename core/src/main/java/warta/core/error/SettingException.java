package warta.core.error;

/**
 * A setting's value is refused: not a number, out of range, an unknown provider, not a URL, or
 * a setting that may not be given where it was. The message names the setting as it was given
 * ({@code "--retries=-1 must be 0 or more"}, {@code "WARTA_PROVIDER=foo: unknown provider; ..."},
 * {@code "/home/a/.config/warta/config.properties: timeout=abc is not a number ..."}).
 * {@link #fromFlag()} says whether it was a command-line flag, which a CLI reports as a usage
 * error (exit 2); from the environment or the config file it is bad input like any other (exit 1).
 */
public class SettingException extends InputException {

    private final boolean fromFlag;

    /**
     * @param message names the setting and says what is wrong with its value
     * @param fromFlag whether the value was given as a command-line flag
     */
    public SettingException(String message, boolean fromFlag) {
        super(message);
        this.fromFlag = fromFlag;
    }

    /** Whether the refused value was given as a command-line flag (not the environment or the config file). */
    public boolean fromFlag() {
        return fromFlag;
    }
}
