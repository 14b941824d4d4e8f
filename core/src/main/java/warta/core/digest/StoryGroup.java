package warta.core.digest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A story of a digest before it is written: its id, its articles (numbered in the digest's source
 * list) and its days. Immutable.
 *
 * @param id the story id
 * @param members its articles
 * @param firstDate its first day (ISO), or null
 * @param lastDate its last day (ISO), or null
 */
record StoryGroup(String id, List<Material> members, String firstDate, String lastDate) {

    /** The outlets the story's line names at most, so that it stays short (its budget counts it as 200 characters). */
    static final int MOST_OUTLETS = 4;

    StoryGroup {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
    }

    /** What the story request says of it: how many reports, from which outlets (the first few), on which days. */
    String about() {
        Set<String> outlets = new LinkedHashSet<>();
        members.forEach(m -> {
            String outlet = m.clean().metadata().outlet();
            if (outlet != null) {
                outlets.add(outlet);
            }
        });
        String reports = members.size() == 1 ? "1 report" : members.size() + " reports";
        List<String> named = outlets.stream().limit(MOST_OUTLETS).toList();
        String more = outlets.size() > MOST_OUTLETS ? " and " + (outlets.size() - MOST_OUTLETS) + " more" : "";
        String from = outlets.isEmpty() ? "" : " from " + String.join(", ", named) + more;
        String when = firstDate == null
                ? "; date unknown"
                : firstDate.equals(lastDate) ? "; " + firstDate : "; " + firstDate + " to " + lastDate;
        return reports + from + when;
    }

    List<Integer> numbers() {
        return members.stream().map(Material::number).toList();
    }
}
