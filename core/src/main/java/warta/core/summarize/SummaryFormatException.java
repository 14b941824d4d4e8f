package warta.core.summarize;

import java.util.function.Function;
import warta.core.error.SettingNames;
import warta.core.error.WartaException;

/** A model's answer that cannot be read as a {@link Summary}; the message says why. */
public class SummaryFormatException extends WartaException {

    public SummaryFormatException(String message) {
        super(message);
    }

    /** A message with advice that names settings, worded for each front end ({@link SettingNames}). */
    public SummaryFormatException(Function<SettingNames, String> wording) {
        super(wording, null);
    }
}
