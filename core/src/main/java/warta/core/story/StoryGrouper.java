package warta.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into stories by average-link clustering: every article starts as its own story,
 * and the two stories whose members are linked best on average (the sum of all their pairs'
 * link scores, a missing link counting 0, over the number of pairs) are joined, as long as that
 * average reaches the threshold and no pair of their members is apart; ties go to the stories
 * whose first members came first. Weak links therefore never chain: a story joins another only
 * when its members link to the other's members strongly on the whole. Deterministic: the same
 * articles in the same order give the same stories. Compares every pair, so it takes time
 * quadratic in the number of articles; only links with some evidence are kept.
 */
final class StoryGrouper {

    private final StoryRules rules;

    StoryGrouper(StoryRules rules) {
        this.rules = rules;
    }

    List<Story> group(List<StoryTraits> articles) {
        Linker linker = new Linker(rules, NameWeights.of(articles));
        int n = articles.size();
        Map<Long, Link> links = new HashMap<>();
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new Cluster(i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Link link = linker.link(articles.get(i), articles.get(j));
                if (!link.reasons().isEmpty()) {
                    links.put(pair(i, j), link);
                    clusters.get(i).add(clusters.get(j), link);
                    clusters.get(j).add(clusters.get(i), link);
                }
            }
        }
        while (joinBest(clusters)) {
            // join until no two stories are linked well enough
        }
        List<Story> stories = new ArrayList<>();
        for (Cluster cluster : clusters) {
            stories.add(story(cluster, articles, links));
        }
        return stories;
    }

    /** Joins the best-linked pair of stories, if any reaches the threshold; whether it did. */
    private boolean joinBest(List<Cluster> clusters) {
        Cluster bestA = null;
        Cluster bestB = null;
        double best = -1;
        for (Cluster a : clusters) {
            for (Map.Entry<Cluster, Double> e : a.sums.entrySet()) {
                Cluster b = e.getKey();
                if (b.first <= a.first || a.apart.getOrDefault(b, false)) {
                    continue;
                }
                double average = e.getValue() / ((double) a.members.size() * b.members.size());
                boolean earlier =
                        bestA == null || a.first < bestA.first || a.first == bestA.first && b.first < bestB.first;
                if (average >= rules.threshold() && (average > best || average == best && earlier)) {
                    best = average;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA == null) {
            return false;
        }
        bestA.absorb(bestB, clusters);
        return true;
    }

    /** The key of the pair of articles {@code i} and {@code j}, either way round. */
    private static long pair(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    private static Story story(Cluster cluster, List<StoryTraits> articles, Map<Long, Link> links) {
        List<Integer> members = cluster.members.stream().sorted().toList();
        List<Link> inside = new ArrayList<>();
        for (int x = 0; x < members.size(); x++) {
            for (int y = x + 1; y < members.size(); y++) {
                Link link = links.get(pair(members.get(x), members.get(y)));
                if (link != null) {
                    inside.add(link);
                }
            }
        }
        inside.sort(Comparator.comparingDouble(Link::score).reversed());
        List<StoryTraits> traits = members.stream().map(articles::get).toList();
        return new Story(Story.idOf(traits.get(0).id()), traits, inside, nearest(cluster, articles.size(), links));
    }

    /**
     * The link from a member to a non-member with the most evidence (what its reasons add, before
     * dates apart set its score to 0); the earliest pair among equals.
     */
    private static Link nearest(Cluster cluster, int articles, Map<Long, Link> links) {
        Set<Integer> members = new HashSet<>(cluster.members);
        Link nearest = null;
        for (int member : cluster.members.stream().sorted().toList()) {
            for (int other = 0; other < articles; other++) {
                Link link = members.contains(other) ? null : links.get(pair(member, other));
                if (link != null && (nearest == null || evidence(link) > evidence(nearest))) {
                    nearest = link;
                }
            }
        }
        return nearest;
    }

    private static double evidence(Link link) {
        return link.reasons().stream().mapToDouble(Reason::score).sum();
    }

    /** A story being built: its members' indexes, and its summed links to other stories. */
    private static final class Cluster {
        final int first;
        final List<Integer> members = new ArrayList<>();
        final Map<Cluster, Double> sums = new HashMap<>();
        final Map<Cluster, Boolean> apart = new HashMap<>();

        Cluster(int index) {
            first = index;
            members.add(index);
        }

        void add(Cluster other, Link link) {
            sums.merge(other, link.score(), Double::sum);
            if (link.apart()) {
                apart.put(other, true);
            }
        }

        void absorb(Cluster other, List<Cluster> clusters) {
            members.addAll(other.members);
            sums.remove(other);
            apart.remove(other);
            for (Map.Entry<Cluster, Double> e : other.sums.entrySet()) {
                Cluster c = e.getKey();
                if (c == this) {
                    continue;
                }
                sums.merge(c, e.getValue(), Double::sum);
                boolean isApart = apart.getOrDefault(c, false) || other.apart.getOrDefault(c, false);
                apart.put(c, isApart);
                c.sums.remove(other);
                c.apart.remove(other);
                c.sums.put(this, sums.get(c));
                c.apart.put(this, isApart);
            }
            clusters.remove(other);
        }
    }
}
