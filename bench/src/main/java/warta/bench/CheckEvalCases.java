package warta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.bench.CheckEval.Pair;

/**
 * The cases {@link CheckEval} scores, built from reference pairs with one seeded {@link Random},
 * so every run builds the same ones.
 * <ul>
 *   <li>Groups: each pair with the one or two pairs after it (wrapping round), joined with a
 *       space (adding a full stop to a headline) into a paragraph of two or three sentences, and one member picked at random. The
 *       member is dropped (omitted), left in Indonesian (untranslated), or, for paragraph-level
 *       omissions, the group is laid out one pair a paragraph and the member's paragraph
 *       dropped.
 *   <li>Changed numbers: every number written in digits in a reference, one at a time, with one
 *       digit changed so that the new digits stand nowhere in the source.
 *   <li>Additions: the reference wrapped in what models add (preambles, fences, notes, tags, the
 *       echoed source), one kind per pair at random.
 * </ul>
 */
final class CheckEvalCases {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*(?![\\p{N}])");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");
    static final List<String> ADDITIONS = List.of(
            "Here is the translation:\n\n%s",
            "Sure! Here's the English translation of the article:\n\n%s",
            "Translation: %s",
            "Berikut terjemahannya:\n%s",
            "```\n%s\n```",
            "Here is the English translation:\n\n```text\n%s\n```",
            "**Translation:**\n\n%s",
            "%s\n\nNote: I kept the names of institutions as they are in the original.",
            "%s\n\n(Note: some terms were translated loosely.)",
            "%s\n\nI translated \"warga\" as \"residents\".",
            "<article>\n%s\n</article>",
            "%2$s\n\n%1$s",
            "%1$s\n\n%2$s",
            "Original:\n%2$s\n\nTranslation:\n%1$s",
            "Certainly! Below is the translation of the text into English:\n\n%s\n\nLet me know if you need any changes.");

    /** Pairs laid out together, and the member a fault is planted in. */
    record Group(List<Pair> pairs, int member) {

        String english() {
            return join(pairs.stream().map(Pair::reference).toList());
        }

        String indonesian() {
            return join(pairs.stream().map(Pair::source).toList());
        }

        String withSource(int index) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                parts.add(i == index ? pairs.get(i).source() : pairs.get(i).reference());
            }
            return join(parts);
        }

        String without(int index) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (i != index) {
                    parts.add(pairs.get(i).reference());
                }
            }
            return join(parts);
        }
    }

    /**
     * Sentences joined into one paragraph with a space; a headline without a full stop gets one,
     * as it would when written into an article paragraph, so it does not run into the next. A
     * closing quote or bracket is not a full stop: "Loneliness 'bad for health'" gets one too.
     */
    static String join(List<String> sentences) {
        return String.join(
                " ",
                sentences.stream()
                        .map(s -> s.matches("(?s).*[.!?][\"'’”)]*$") ? s : s + ".")
                        .toList());
    }

    /** A reference with one number changed, and the new number as written. */
    record Changed(String text, String number) {}

    /** A reference with a sentence added that names a place, and the place. */
    record Planted(String text, String name) {}

    /** Places a reference gets one of, in a sentence of its own, to be reported as unsupported. */
    static final List<String> PLACES = List.of(
            "Oslo",
            "Nairobi",
            "Montevideo",
            "Tbilisi",
            "Reykjavik",
            "Ottawa",
            "Dakar",
            "Quito",
            "Helsinki",
            "Ulaanbaatar",
            "Lusaka",
            "Asuncion");

    private final List<Pair> pairs;
    private final List<Group> groups = new ArrayList<>();
    private final List<String> additions = new ArrayList<>();
    private final Random random;

    CheckEvalCases(List<Pair> pairs, Random random) {
        this.pairs = List.copyOf(pairs);
        this.random = random;
        for (int i = 0; i < pairs.size(); i++) {
            int size = Math.min(pairs.size(), 2 + random.nextInt(2));
            List<Pair> members = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                members.add(pairs.get((i + k) % pairs.size()));
            }
            groups.add(new Group(List.copyOf(members), random.nextInt(size)));
            additions.add(ADDITIONS.get(random.nextInt(ADDITIONS.size())));
        }
    }

    List<Pair> pairs() {
        return pairs;
    }

    List<Group> groups() {
        return groups;
    }

    /** The reference of {@code pair} wrapped in the addition drawn for it. */
    String withAdditions(Pair pair) {
        return String.format(additions.get(pairs.indexOf(pair)), pair.reference(), pair.source());
    }

    /**
     * The reference with a sentence naming a place its source does not (the pair's place in
     * {@link #PLACES}, or the next one the source lacks): the same every run, and drawing
     * nothing from the random numbers the other cases use.
     */
    Planted withPlace(Pair pair) {
        String source = pair.source().toLowerCase(Locale.ROOT);
        int at = pairs.indexOf(pair);
        String place = PLACES.get(at % PLACES.size());
        for (int k = 1; source.contains(place.toLowerCase(Locale.ROOT)); k++) {
            place = PLACES.get((at + k) % PLACES.size());
        }
        return new Planted(join(List.of(pair.reference(), "The news was also reported in " + place + ".")), place);
    }

    /** Every digit number of the reference changed in turn; none whose change the source holds. */
    List<Changed> changedNumbers(Pair pair) {
        List<String> sourceDigits = DIGITS.matcher(pair.source())
                .results()
                .map(r -> r.group().replaceAll("\\D", ""))
                .toList();
        List<Changed> changed = new ArrayList<>();
        Matcher m = NUMBER.matcher(pair.reference());
        while (m.find()) {
            String number = change(m.group());
            if (!sourceDigits.contains(number.replaceAll("\\D", ""))) {
                changed.add(new Changed(
                        pair.reference().substring(0, m.start())
                                + number
                                + pair.reference().substring(m.end()),
                        number));
            }
        }
        return changed;
    }

    /** The number with one of its digits, picked at random, replaced by another digit. */
    String change(String number) {
        List<Integer> digits = new ArrayList<>();
        for (int i = 0; i < number.length(); i++) {
            if (Character.isDigit(number.charAt(i))) {
                digits.add(i);
            }
        }
        int at = digits.get(random.nextInt(digits.size()));
        char old = number.charAt(at);
        int lowest = at == 0 && digits.size() > 1 ? 1 : 0;
        char digit;
        do {
            digit = (char) ('0' + lowest + random.nextInt(10 - lowest));
        } while (digit == old);
        return number.substring(0, at) + digit + number.substring(at + 1);
    }
}
