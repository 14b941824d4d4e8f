package warta.core.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A {@link StoryReport} as text for people, as {@code warta stories} prints it: stories with more than one article first. */
public final class StoryText {

    private StoryText() {}

    public static String render(StoryReport report) {
        StringBuilder out = new StringBuilder();
        List<Story> grouped =
                report.stories().stream().filter(s -> s.members().size() > 1).toList();
        List<Story> alone =
                report.stories().stream().filter(s -> s.members().size() == 1).toList();
        for (Story story : grouped) {
            story(story, report.rules(), out);
        }
        if (!alone.isEmpty()) {
            out.append(alone.size())
                    .append(alone.size() == 1 ? " article" : " articles")
                    .append(" in no story with another:\n");
            for (Story story : alone) {
                out.append("  ").append(story.id()).append("  ");
                member(story.members().get(0), out);
                if (story.nearest() != null) {
                    link("    nearest: ", story.nearest(), out);
                }
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "%d articles, %d stories (%d of more than one article); threshold %.2f, dates within %d days%n",
                report.stories().stream().mapToInt(s -> s.members().size()).sum(),
                report.stories().size(),
                grouped.size(),
                report.rules().threshold(),
                report.rules().dateDays()));
        return out.toString();
    }

    private static void story(Story story, StoryRules rules, StringBuilder out) {
        List<LocalDate> dates = story.dates(rules.dateDays());
        out.append(story.id()).append("  ").append(story.members().size()).append(" articles");
        if (!dates.isEmpty()) {
            out.append("  ").append(dates.get(0));
            if (dates.size() > 1) {
                out.append(" .. ").append(dates.get(dates.size() - 1));
            }
        }
        out.append('\n');
        for (StoryTraits member : story.members()) {
            out.append("  ");
            member(member, out);
        }
        for (Link link : story.links()) {
            link("  ", link, out);
        }
        if (story.nearest() != null) {
            link("  nearest outside: ", story.nearest(), out);
        }
        out.append('\n');
    }

    private static void link(String prefix, Link link, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "%s%s ~ %s  %.2f: ", prefix, link.from(), link.to(), link.score()));
        out.append(link.reasons().stream()
                .map(r -> String.format(Locale.ROOT, "%s %.2f (%s)", r.kind().id(), r.score(), r.detail()))
                .collect(Collectors.joining("; ")));
        out.append('\n');
    }

    private static void member(StoryTraits member, StringBuilder out) {
        out.append(member.id());
        if (member.outlet() != null) {
            out.append("  ").append(member.outlet());
        }
        if (member.published() != null) {
            out.append("  ").append(member.published());
        }
        if (member.title() != null) {
            out.append("  \"").append(member.title()).append('"');
        }
        out.append('\n');
    }
}
