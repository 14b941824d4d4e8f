package warta.core.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Articles that report the same event, and why: every link between two members that has any
 * evidence. A story of one article has no links. Immutable.
 *
 * @param id stable: {@link #idOf} its first member's id
 * @param members the articles, the first one first (the one the id is made from), then in the
 *     order they came
 * @param links the links between members with any evidence, strongest first
 * @param nearest the link with the most evidence from a member to an article outside the story
 *     (why they were not joined), or null when no member has evidence with any article outside
 */
public record Story(String id, List<StoryTraits> members, List<Link> links, Link nearest) {

    public Story {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
        links = List.copyOf(links);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must not be empty");
        }
    }

    /**
     * The id of a story whose first member has {@code firstMemberId}: {@code s-} and the first 10
     * hex digits of the SHA-256 of that id. The same in every run, so a story keeps its id while it
     * keeps its first member.
     */
    public static String idOf(String firstMemberId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(firstMemberId.getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The ids of the members, in order. */
    public List<String> memberIds() {
        return members.stream().map(StoryTraits::id).toList();
    }

    /**
     * The days the story happened on, as far as its dates say: the dated days (year known) of
     * its members that lie within {@code days} of a dated day of another member; for a story of
     * one article, its dated days. Sorted; empty when nothing is dated.
     */
    public List<LocalDate> dates(int days) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (StoryTraits member : members) {
            for (EventDate date : member.dates()) {
                if (date.yearKnown() && (members.size() == 1 || confirmed(member, date, days))) {
                    dates.add(date.date());
                }
            }
        }
        return List.copyOf(dates);
    }

    private boolean confirmed(StoryTraits member, EventDate date, int days) {
        for (StoryTraits other : members) {
            if (other != member && other.dates().stream().anyMatch(d -> d.daysTo(date) <= days)) {
                return true;
            }
        }
        return false;
    }
}
