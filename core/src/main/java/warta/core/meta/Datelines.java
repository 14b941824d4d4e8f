package warta.core.meta;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline at the start of an article's first paragraph. Conservative: a prefix is
 * taken as a dateline only when its shape says so (an outlet in brackets or with a domain, an
 * upper-case place, a full date, or a colon after a place once an outlet line has been seen).
 * Stateless and thread-safe.
 */
final class Datelines {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String DASH = "\\s*(?:--|[-\u2013\u2014\u2022|])\\s*";
    private static final String WORD = "\\p{Lu}[\\p{L}'.\\-]*";
    private static final String PLACE = WORD + "(?:,? " + WORD + "){0,3}";
    /**
     * "KOMPAS.com - ". The repeat is possessive: only the longest run of ".xx" parts can be
     * followed by a dash, and a possessive group repeats without recursion, so a long run of them
     * cannot overflow the stack.
     */
    private static final Pattern DOMAIN_OUTLET =
            Pattern.compile("^(\\p{L}[\\p{L}\\d]*(?:\\.\\p{L}{2,})++)" + DASH, FLAGS);

    private static final Pattern BRACKET_OUTLET =
            Pattern.compile("^(" + PLACE + ")\\s*\\(([^()]{2,30})\\)" + DASH, FLAGS);
    private static final Pattern TWO_PARTS = Pattern.compile(
            "^([^,()\u2013\u2014:]{2,40}),\\s*([^,()\u2013\u2014:]{2,40}?)(?:--|\\s[-\u2013\u2014]|[\u2013\u2014])\\s*",
            FLAGS);
    private static final Pattern PLACE_ONLY = Pattern.compile("^(" + PLACE + ")\\s*(?:--|[-\u2013\u2014:])\\s+", FLAGS);
    private static final Pattern DOMAIN = Pattern.compile("\\.(?:com|net|id|co|org|tv)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern KNOWN_OUTLET = Pattern.compile(
            "(?i)CNN Indonesia|CNBC Indonesia|ANTARA(?: News)?|Pos Kota|Medcom|Jawa Pos|Tempo|VIVA|Okezone|Republika|"
                    + "Kontan|Kumparan|Sindonews|iNews|IDN Times|Tirto|Metro TV|Bisnis|Katadata|Rimanews");

    private Datelines() {}

    /**
     * Reads the dateline of {@code paragraph}.
     *
     * @param colonAllowed whether "Place:" counts (an outlet line came before, as on Medcom)
     */
    static Optional<Dateline> read(String paragraph, boolean colonAllowed) {
        String rest = paragraph;
        String outlet = null;
        Matcher domain = DOMAIN_OUTLET.matcher(rest);
        if (domain.find()) {
            outlet = domain.group(1);
            rest = rest.substring(domain.end());
        }
        Optional<Dateline> place = readPlace(rest, colonAllowed || outlet != null);
        if (place.isEmpty()) {
            return outlet == null ? Optional.empty() : Optional.of(new Dateline(null, outlet, null));
        }
        Dateline found = place.get();
        return Optional.of(new Dateline(found.place(), outlet != null ? outlet : found.outlet(), found.date()));
    }

    private static Optional<Dateline> readPlace(String text, boolean colonAllowed) {
        Matcher m = BRACKET_OUTLET.matcher(text);
        if (m.find()) {
            return Optional.of(new Dateline(m.group(1), m.group(2).strip(), null));
        }
        m = TWO_PARTS.matcher(text);
        if (m.find()) {
            Optional<Dateline> two = twoParts(m.group(1).strip(), m.group(2).strip());
            if (two.isPresent()) {
                return two;
            }
        }
        m = PLACE_ONLY.matcher(text);
        if (m.find() && placeOnlyAllowed(m.group(1), m.group().indexOf(':', m.end(1)) >= 0, colonAllowed)) {
            return Optional.of(new Dateline(m.group(1), null, null));
        }
        return Optional.empty();
    }

    private static Optional<Dateline> twoParts(String first, String second) {
        Optional<LocalDate> date = IndonesianDates.find(second);
        if (date.isPresent() && isPlace(first)) {
            return Optional.of(new Dateline(first, null, date.get()));
        }
        if (isOutlet(second) && isPlace(first)) {
            return Optional.of(new Dateline(first, second, null));
        }
        if (isOutlet(first) && isPlace(second)) {
            return Optional.of(new Dateline(second, first, null));
        }
        return Optional.empty();
    }

    private static boolean placeOnlyAllowed(String place, boolean colon, boolean colonAllowed) {
        if (colon) {
            return colonAllowed && place.split(" ").length <= 3;
        }
        return isUpperCase(place);
    }

    private static boolean isOutlet(String text) {
        return DOMAIN.matcher(text).find() || KNOWN_OUTLET.matcher(text).matches();
    }

    private static boolean isPlace(String text) {
        return text.matches("(?U)" + PLACE) && !isOutlet(text);
    }

    private static boolean isUpperCase(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }
}
