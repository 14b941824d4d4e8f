package warta.core.digest;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.article.CleanArticle;
import warta.core.meta.Metadata;
import warta.core.story.EventDate;
import warta.core.story.StoryTraits;

/**
 * Where the articles of one story differ, found without a model, so that the digest says so even
 * when the model did not:
 *
 * <ul>
 *   <li><b>numbers</b>: two articles give a number for the same thing, a number in digits followed
 *       by the same word ("5 orang", "7 orang"), in sentences that share at least two other words
 *       of four letters or more, and neither article gives the other's number for that word
 *       anywhere; years and dates are not such numbers;
 *   <li><b>dates</b>: two articles date what they report (the first full date, day and month, or
 *       weekday their text gives; not the published date) on different days, in sentences that
 *       share at least two words of four letters or more, and neither has the other's day among
 *       its dates nor names its weekday (an article without a published date cannot place "pada
 *       Selasa").
 * </ul>
 *
 * Each disagreement cites the sentence of each side. Stateless and thread-safe.
 */
final class Disagreements {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])(\\d+(?:[.,]\\d+)*)\\s+(\\p{L}{3,})");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> NOT_COUNTED = Set.of(
            "januari",
            "februari",
            "maret",
            "april",
            "mei",
            "juni",
            "juli",
            "agustus",
            "september",
            "oktober",
            "november",
            "desember",
            "tahun",
            "pukul",
            "jam",
            "wib",
            "wita",
            "wit",
            "persen",
            "dan",
            "atau",
            "yang");
    private static final Map<DayOfWeek, String> WEEKDAYS = Map.of(
            DayOfWeek.MONDAY, "Senin",
            DayOfWeek.TUESDAY, "Selasa",
            DayOfWeek.WEDNESDAY, "Rabu",
            DayOfWeek.THURSDAY, "Kamis",
            DayOfWeek.FRIDAY, "Jumat",
            DayOfWeek.SATURDAY, "Sabtu",
            DayOfWeek.SUNDAY, "Minggu");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private Disagreements() {}

    /** A number an article gives for a word, and where. */
    private record Count(String number, String word, int sentence, String text) {}

    static List<Disagreement> of(List<Material> members) {
        List<Disagreement> found = new ArrayList<>();
        found.addAll(numbers(members));
        Map<Integer, StoryTraits> traits = new LinkedHashMap<>();
        members.forEach(m -> traits.put(m.number(), written(m)));
        found.addAll(dates(members, traits));
        return found;
    }

    /**
     * The dates an article's text gives, read as if it had no published date: grouping keeps one
     * date per day and the published one first, which would hide a text's date on the day of
     * publication; and relative days ("Selasa") are left out, being only as good as the published date.
     */
    private static StoryTraits written(Material m) {
        CleanArticle a = m.clean();
        Metadata meta = a.metadata();
        Metadata undated = new Metadata(
                meta.title(), meta.outlet(), meta.dateline(), null, meta.byline(), meta.editorTags(), meta.captions());
        return StoryTraits.of(
                m.article().id(), new CleanArticle(a.source(), undated, a.language(), a.paragraphs(), a.removed()));
    }

    private static List<Disagreement> numbers(List<Material> members) {
        List<Disagreement> found = new ArrayList<>();
        Map<Integer, List<Count>> counts = new LinkedHashMap<>();
        members.forEach(m -> counts.put(m.number(), counts(m)));
        Set<String> said = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Material a = members.get(i);
                Material b = members.get(j);
                for (Count x : counts.get(a.number())) {
                    for (Count y : counts.get(b.number())) {
                        if (x.word().equals(y.word())
                                && !same(x.number(), y.number())
                                && !gives(counts.get(a.number()), y)
                                && !gives(counts.get(b.number()), x)
                                && shared(x.text(), y.text(), x.word()) >= 2
                                && said.add(a.number() + ":" + b.number() + ":" + x.word())) {
                            found.add(new Disagreement(
                                    "number",
                                    "The reports give different numbers for \"" + x.word() + "\": " + name(a) + " says "
                                            + x.number() + ", " + name(b) + " says " + y.number() + ".",
                                    List.of(
                                            new Citation(a.number(), List.of(x.sentence())),
                                            new Citation(b.number(), List.of(y.sentence())))));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<Count> counts(Material m) {
        List<Count> counts = new ArrayList<>();
        List<String> sentences = m.sentences();
        for (int n = 0; n < sentences.size(); n++) {
            Matcher matcher = NUMBER.matcher(sentences.get(n));
            while (matcher.find()) {
                String number = matcher.group(1);
                String word = matcher.group(2).toLowerCase(Locale.ROOT);
                boolean year = number.matches("(19|20)\\d\\d");
                if (!year && !NOT_COUNTED.contains(word)) {
                    counts.add(new Count(number, word, n + 1, sentences.get(n)));
                }
            }
        }
        return counts;
    }

    private static boolean gives(List<Count> counts, Count other) {
        return counts.stream().anyMatch(c -> c.word().equals(other.word()) && same(c.number(), other.number()));
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("[.,]", "").equals(b.replaceAll("[.,]", ""));
    }

    /** The words of four letters or more the two sentences share, the counted word aside. */
    private static int shared(String a, String b, String word) {
        Set<String> first = words(a);
        first.remove(word);
        first.retainAll(words(b));
        return first.size();
    }

    private static Set<String> words(String sentence) {
        Set<String> words = new TreeSet<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<Disagreement> dates(List<Material> members, Map<Integer, StoryTraits> traits) {
        List<Disagreement> found = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Material a = members.get(i);
                Material b = members.get(j);
                EventDate x = first(traits.get(a.number()));
                EventDate y = first(traits.get(b.number()));
                if (x == null || y == null || x.daysTo(y) == 0) {
                    continue;
                }
                if (has(traits.get(a.number()), y) || has(traits.get(b.number()), x) || names(a, y) || names(b, x)) {
                    continue;
                }
                Citation one = citation(a, x);
                Citation other = citation(b, y);
                if (one.sentences().isEmpty()
                        || other.sentences().isEmpty()
                        || shared(
                                        a.sentences().get(one.sentences().getFirst() - 1),
                                        b.sentences().get(other.sentences().getFirst() - 1),
                                        "")
                                < 2) {
                    continue; // not said of the same thing, as far as the words tell
                }
                found.add(new Disagreement(
                        "date",
                        "The reports give different dates: " + name(a) + " gives " + show(x) + " (\"" + x.text()
                                + "\"), " + name(b) + " gives " + show(y) + " (\"" + y.text() + "\").",
                        List.of(one, other)));
            }
        }
        return found;
    }

    /** The first date the text gives (not the published date), or null. */
    private static EventDate first(StoryTraits traits) {
        if (traits == null) {
            return null;
        }
        return traits.dates().isEmpty() ? null : traits.dates().getFirst();
    }

    private static boolean has(StoryTraits traits, EventDate date) {
        return traits.dates().stream().anyMatch(d -> d.daysTo(date) == 0);
    }

    /**
     * Whether the article names the weekday of {@code date} ("pada Selasa"): an article without a
     * published date cannot place its weekdays, so a day it may well mean is not a disagreement.
     */
    private static boolean names(Material m, EventDate date) {
        if (!date.yearKnown()) {
            return false;
        }
        String weekday = WEEKDAYS.get(date.date().getDayOfWeek());
        return Pattern.compile("\\b" + weekday + "\\b")
                .matcher(String.join(" ", m.sentences()))
                .find();
    }

    private static Citation citation(Material m, EventDate date) {
        List<String> sentences = m.sentences();
        for (int n = 0; n < sentences.size(); n++) {
            if (sentences.get(n).contains(date.text())) {
                return new Citation(m.number(), List.of(n + 1));
            }
        }
        return new Citation(m.number(), List.of());
    }

    private static String show(EventDate date) {
        return date.date().format(date.yearKnown() ? DAY : DAY_MONTH);
    }

    /** How a disagreement names a report: {@code [2] Kompas}. */
    private static String name(Material m) {
        String outlet = m.clean().metadata().outlet();
        return "[" + m.number() + "]" + (outlet == null ? "" : " " + outlet);
    }
}
