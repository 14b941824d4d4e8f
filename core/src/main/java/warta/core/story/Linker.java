package warta.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a pair of articles ({@link Link}) by the {@link StoryRules}: near-duplicates score 1;
 * otherwise the names they share (weighted Dice over name parts, weights from {@link
 * NameWeights}), plus close dates, plus shared sentences ({@link Wording}), at most 1. Two dated
 * articles none of whose dates are within the rules' days are apart: their link scores 0 and
 * still lists what they share. Not thread-safe: it caches
 * each article's wording.
 */
final class Linker {

    private static final int SHOWN_NAMES = 6;

    private final StoryRules rules;
    private final NameWeights weights;
    private final Map<String, int[]> wording;

    Linker(StoryRules rules, NameWeights weights) {
        this(rules, weights, new HashMap<>());
    }

    /**
     * @param wording each article's runs ({@link Wording#all}) by id, filled as articles are
     *     linked; may be shared with later linkers over the same articles
     */
    Linker(StoryRules rules, NameWeights weights, Map<String, int[]> wording) {
        this.rules = rules;
        this.weights = weights;
        this.wording = wording;
    }

    Link link(StoryTraits a, StoryTraits b) {
        List<Reason> reasons = new ArrayList<>();
        if (a.signature() != null && b.signature() != null) {
            double similarity = a.signature().similarity(b.signature());
            if (similarity >= rules.duplicateSimilarity()) {
                reasons.add(new Reason(
                        Reason.Kind.DUPLICATE, String.format(Locale.ROOT, "similarity %.2f", similarity), 1));
            }
        }
        names(a, b, reasons);
        dates(a, b, reasons);
        sentences(a, b, reasons);
        double score = Math.min(1, reasons.stream().mapToDouble(Reason::score).sum());
        Link link = new Link(a.id(), b.id(), round(score), reasons);
        return link.apart() ? new Link(a.id(), b.id(), 0, reasons) : link;
    }

    private void names(StoryTraits a, StoryTraits b, List<Reason> reasons) {
        double shared = 0;
        List<String> parts = new ArrayList<>();
        for (String part : a.names().keySet()) {
            if (b.names().containsKey(part)) {
                shared += weights.weight(part);
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        double dice = 2 * shared / (weights.total(a) + weights.total(b));
        parts.sort(Comparator.comparingDouble(weights::weight).reversed());
        Set<String> shown = new LinkedHashSet<>();
        for (String part : parts) {
            if (shown.size() < SHOWN_NAMES) {
                shown.add(a.names().get(part));
            }
        }
        String detail = parts.size() + " name parts (" + String.join(", ", shown) + ")";
        reasons.add(new Reason(Reason.Kind.NAMES, detail, round(dice)));
    }

    private void dates(StoryTraits a, StoryTraits b, List<Reason> reasons) {
        if (a.dates().isEmpty() || b.dates().isEmpty()) {
            return;
        }
        EventDate bestA = null;
        EventDate bestB = null;
        long best = Long.MAX_VALUE;
        for (EventDate x : a.dates()) {
            for (EventDate y : b.dates()) {
                long days = x.daysTo(y);
                if (days < best) {
                    best = days;
                    bestA = x;
                    bestB = y;
                }
            }
        }
        String detail = bestA.show() + " (" + bestA.text() + ") and " + bestB.show() + " (" + bestB.text() + "), "
                + best + (best == 1 ? " day" : " days") + " apart";
        if (best <= rules.dateDays()) {
            reasons.add(new Reason(Reason.Kind.DATES, detail, rules.datesScore()));
        } else {
            reasons.add(new Reason(Reason.Kind.DATES_APART, "nearest dates " + detail, 0));
        }
    }

    private void sentences(StoryTraits a, StoryTraits b, List<Reason> reasons) {
        int[] runsA = runs(a);
        int[] runsB = runs(b);
        if (!Wording.meet(runsA, runsB)) {
            return; // most pairs: one pass over both, not a look-up per run
        }
        int shared = Math.max(Wording.shared(a.sentences(), runsB), Wording.shared(b.sentences(), runsA));
        if (shared > 0) {
            double score = Math.min(rules.sentencesCap(), shared * rules.sentenceScore());
            reasons.add(new Reason(
                    Reason.Kind.SENTENCES, shared + (shared == 1 ? " sentence" : " sentences"), round(score)));
        }
    }

    private int[] runs(StoryTraits traits) {
        return wording.computeIfAbsent(traits.id(), id -> Wording.all(traits.sentences()));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
