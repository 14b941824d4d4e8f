package warta.core.lang;

import java.util.Locale;
import java.util.Objects;

/**
 * A language guess: an ISO 639-1 code where one exists ("id", "en", "ms"), else the ISO 639-3
 * code, with the detector's confidence between 0 and 1.
 *
 * @param code the language code; {@code "und"} when the text gives too little to go on
 * @param confidence the detector's probability for that code
 */
public record Language(String code, double confidence) {

    public static final String UNDETERMINED = "und";

    public Language {
        Objects.requireNonNull(code, "code");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }

    public static Language undetermined() {
        return new Language(UNDETERMINED, 0);
    }

    public boolean is(String isoCode) {
        return code.equals(isoCode);
    }

    /** The language's English name from CLDR ("Indonesian", "Malay"), or "undetermined". */
    public String name() {
        if (code.equals(UNDETERMINED)) {
            return "undetermined";
        }
        String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
