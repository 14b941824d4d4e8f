package warta.core.check;

import java.util.List;
import java.util.Locale;

/**
 * Country, region and language names in Indonesian and English from the JDK's locale data (CLDR):
 * {@code Locale.of("", "KP")} is "Korea Utara" and "North Korea", the UN M.49 region 035 is "Asia
 * Tenggara" and "Southeast Asia", and a language name gives the nationality word a country name
 * lacks: {@code ru} is "Rusia" and "Russian", {@code ja} "Jepang" and "Japanese", {@code es}
 * "Spanyol" and "Spanish". A name with a qualifier after a dash or in brackets ("Kongo -
 * Kinshasa") is also added without it. Names the JDK does not translate are left out. Stateless.
 */
final class LocaleNames {

    private static final Locale INDONESIAN = Locale.of("id");
    /** The UN M.49 regions that CLDR names: continents and their parts. */
    private static final List<String> REGIONS = List.of(
            "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030",
            "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154", "155", "419");

    private LocaleNames() {}

    /** Adds every country, region and language name to {@code phrases}, both ways. */
    static void addTo(Phrases.Builder phrases) {
        for (String code : Locale.getISOCountries()) {
            addCountry(phrases, code);
        }
        REGIONS.forEach(code -> addCountry(phrases, code));
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            add(phrases, code, language.getDisplayLanguage(INDONESIAN), language.getDisplayLanguage(Locale.ENGLISH));
        }
    }

    private static void addCountry(Phrases.Builder phrases, String code) {
        Locale country = Locale.of("", code);
        add(phrases, code, country.getDisplayCountry(INDONESIAN), country.getDisplayCountry(Locale.ENGLISH));
    }

    private static void add(Phrases.Builder phrases, String code, String indonesian, String english) {
        if (indonesian.isBlank() || english.isBlank() || indonesian.equalsIgnoreCase(code)) {
            return;
        }
        phrases.pair(indonesian, english);
        phrases.pair(unqualified(indonesian), unqualified(english));
    }

    /** The name before " - " or " (": "Kongo" of "Kongo - Kinshasa". */
    private static String unqualified(String name) {
        int cut = name.length();
        for (String mark : List.of(" - ", " (")) {
            int at = name.indexOf(mark);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return name.substring(0, cut);
    }
}
