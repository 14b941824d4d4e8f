package warta.core.process;

import java.util.ArrayList;
import java.util.List;
import warta.core.meta.Metadata;
import warta.core.translate.Translation;

/** The line that tells the summarizer what the article is: title, outlet, dateline, date. */
final class About {

    private About() {}

    static String of(Metadata m, Translation translation) {
        List<String> parts = new ArrayList<>();
        String title = translation != null && translation.title() != null ? translation.title() : m.title();
        add(parts, "title", title);
        add(parts, "outlet", m.outlet());
        add(parts, "dateline", m.dateline());
        add(parts, "published", m.published() == null ? null : m.published().toString());
        return parts.isEmpty() ? "(nothing known beyond the text)" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + ": " + value);
        }
    }
}
