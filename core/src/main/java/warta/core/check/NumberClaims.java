package warta.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number side of {@link UnsupportedCheck}: numbers in the claims, in digits or in words, that
 * the reference holds in no notation of either language (digits, words, Roman numerals, halves in
 * words: {@link NumeralForms}), less unit conversions a translator
 * added in brackets. Stateless and thread-safe.
 */
final class NumberClaims {

    static final double CONVERSION_TOLERANCE = 0.05;
    /** Numbers in words below this are not checked: "two" and "one" restate too much ("both", "a"). */
    static final long SPELLED_FROM = 10;

    private static final int CONVERSION_REACH = 24;
    private static final String POINT = "point";
    private static final Pattern CONVERTED_FROM = Pattern.compile(
            "(\\d[\\d.,]*)\\s?([\\p{L}%]{1,6})\\.?\\s?\\(\\s?(?:[\\p{L}$£€]{1,3}\\s?)?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONVERSION_END =
            Pattern.compile("\\s?([\\p{L}%]{0,6})\\.?\\s?\\)", Pattern.UNICODE_CHARACTER_CLASS);

    private NumberClaims() {}

    /** The numbers a reference holds: scaled values, values before their scale, values in words. */
    private record Known(Set<String> scaled, Set<String> bare, Set<String> spelled) {

        static Known in(String reference) {
            Set<String> scaled = new HashSet<>();
            Set<String> bare = new HashSet<>();
            for (Numbers.Mention known : Numbers.digits(reference)) {
                scaled.addAll(known.scaled());
                bare.addAll(known.bare());
            }
            Set<String> spelled = NumberWords.keys(NumberWords.values(reference));
            spelled.addAll(NumeralForms.keys(reference));
            return new Known(scaled, bare, spelled);
        }

        boolean holds(Set<String> scaledValues, Set<String> bareValues, boolean hasScale) {
            return scaledValues.stream().anyMatch(v -> scaled.contains(v) || spelled.contains(v))
                    || !hasScale && bareValues.stream().anyMatch(v -> bare.contains(v) || spelled.contains(v));
        }
    }

    /**
     * Numbers in digits, and with {@code inWords} numbers in words from {@value #SPELLED_FROM} up,
     * that the reference lacks. A number matches once both are scaled ("6.5 trillion" and "6,5 triliun"); one with
     * no scale word also matches the digits of a reference number before its scale ("200" and
     * "Rp 200 juta"). The reference's numbers are gathered into sets first, so each claim costs
     * a few lookups.
     */
    static List<Unsupported> unsupported(String claims, String reference, boolean inWords) {
        Known known = Known.in(reference);
        List<Unsupported> found = new ArrayList<>();
        List<Numbers.Mention> inDigits = Numbers.digits(claims);
        for (Numbers.Mention claim : inDigits) {
            if (!known.holds(claim.scaled(), claim.bare(), claim.hasScale()) && !isConversion(claims, claim)) {
                found.add(new Unsupported(Unsupported.Kind.NUMBER, claim.text(), claim.start()));
            }
        }
        if (inWords) {
            found.addAll(inWords(claims, inDigits, known));
        }
        return found;
    }

    private static List<Unsupported> inWords(String claims, List<Numbers.Mention> inDigits, Known known) {
        List<Unsupported> found = new ArrayList<>();
        int next = 0;
        for (NumberWords.Run run : NumberWords.runs(claims)) {
            while (next < inDigits.size() && end(inDigits.get(next)) <= run.start()) {
                next++;
            }
            boolean partOfDigits = next < inDigits.size() && inDigits.get(next).start() < run.end();
            Set<String> value = Set.of(Long.toString(run.value()));
            if (!partOfDigits
                    && run.value() >= SPELLED_FROM
                    && standsAlone(claims, run)
                    && !known.holds(value, value, run.scaled())) {
                String text = claims.substring(run.start(), run.end());
                found.add(new Unsupported(Unsupported.Kind.NUMBER, text, run.start()));
            }
        }
        return found;
    }

    private static int end(Numbers.Mention mention) {
        return mention.start() + mention.text().length();
    }

    /**
     * Whether a run of number words is a number of its own: not the scale of digits before it
     * ("3 hundred"), and not part of a decimal in words ("one point three billion"), which is
     * not read.
     */
    private static boolean standsAlone(String claims, NumberWords.Run run) {
        int before = run.start();
        while (before > 0 && (Character.isWhitespace(claims.charAt(before - 1)) || claims.charAt(before - 1) == '-')) {
            before--;
        }
        int after = run.end();
        while (after < claims.length()
                && (Character.isWhitespace(claims.charAt(after)) || claims.charAt(after) == '-')) {
            after++;
        }
        boolean afterDigit = before > 0 && Character.isDigit(claims.charAt(before - 1));
        return !afterDigit
                && !(before >= POINT.length()
                        && claims.regionMatches(true, before - POINT.length(), POINT, 0, POINT.length()))
                && !claims.regionMatches(true, after, POINT, 0, POINT.length());
    }

    /**
     * Whether the mention is a right conversion a translator added: a number alone in brackets
     * right after a number with its unit, as in "380kg (840lb)", where both units have a fixed
     * factor (kg and lb, km and miles ...) and the bracketed number is the first one converted
     * within {@value #CONVERSION_TOLERANCE}. It restates the number before it, which is checked in
     * its place. Currency conversions ("$370m (£235m)") have no fixed rate, so a changed one
     * could not be told from a right one: they are still reported.
     */
    static boolean isConversion(String text, Numbers.Mention mention) {
        String before = text.substring(Math.max(0, mention.start() - CONVERSION_REACH), mention.start());
        Matcher from = CONVERTED_FROM.matcher(before);
        Matcher to = CONVERSION_END
                .matcher(text)
                .region(mention.start() + mention.text().length(), text.length());
        if (!from.find() || !to.lookingAt()) {
            return false;
        }
        Double factor = Units.factor(from.group(2), to.group(1));
        return factor != null && Units.close(from.group(1), mention.text(), factor, CONVERSION_TOLERANCE);
    }
}
