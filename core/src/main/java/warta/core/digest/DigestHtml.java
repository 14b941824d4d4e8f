package warta.core.digest;

import java.util.List;

/**
 * A digest as one self-contained HTML page: inline CSS, no script, no outside resource. Every text
 * is escaped. A citation links to the sentences it cites, each listed under its source with the
 * anchor {@code source-<n>-<sentence>} (a source as a whole: {@code source-<n>}); the sentence
 * linked to is highlighted ({@code :target}). Stateless.
 */
final class DigestHtml {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h2{margin-top:2rem;border-bottom:1px solid #ddd}
            .dates{color:#666;font-weight:normal;font-size:.8em}
            a.cite{font-size:.8em;text-decoration:none;margin-left:.15em}
            .disagree{background:#fff6e0;padding:.3em .6em;border-left:3px solid #e0a000}
            ol.sentences{font-size:.9em;color:#444}
            li:target{background:#fff3a0}
            .finding{color:#a00000}
            """;

    private DigestHtml() {}

    static String render(Digest digest) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Digest</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>Digest</h1>\n");
        if (!digest.overview().isEmpty()) {
            out.append("<p class=\"overview\">")
                    .append(statements(digest.overview()))
                    .append("</p>\n");
        }
        for (DigestStory story : digest.stories()) {
            out.append("<section class=\"story\" id=\"story-")
                    .append(escape(story.id()))
                    .append("\">\n<h2>")
                    .append(escape(story.headline()))
                    .append(" <span class=\"dates\">(")
                    .append(escape(DigestWriter.dates(story.firstDate(), story.lastDate())))
                    .append(")</span></h2>\n");
            out.append("<p>").append(statements(story.sentences())).append("</p>\n");
            if (!story.keyPoints().isEmpty()) {
                out.append("<h3>Key points</h3>\n<ul>\n");
                story.keyPoints()
                        .forEach(p -> out.append("<li>").append(statement(p)).append("</li>\n"));
                out.append("</ul>\n");
            }
            for (Disagreement d : story.disagreements()) {
                out.append("<p class=\"disagree\">Outlets disagree: ")
                        .append(statement(new DigestStatement(d.text(), d.citations())))
                        .append("</p>\n");
            }
            out.append("</section>\n");
        }
        out.append("<h2>Sources</h2>\n");
        for (DigestSource s : digest.sources()) {
            out.append("<section class=\"source\" id=\"source-")
                    .append(s.number())
                    .append("\">\n<h3>[")
                    .append(s.number())
                    .append("] ")
                    .append(escape(DigestMarkdown.source(s)))
                    .append(link(s.location()))
                    .append("</h3>\n<ol class=\"sentences\">\n");
            for (int i = 0; i < s.sentences().size(); i++) {
                out.append("<li id=\"source-")
                        .append(s.number())
                        .append('-')
                        .append(i + 1)
                        .append("\">")
                        .append(escape(s.sentences().get(i)))
                        .append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
        out.append("<h2>Checks</h2>\n");
        if (digest.checks().passed()) {
            out.append("<p>Every statement is supported by the sentences it cites.</p>\n");
        } else {
            out.append("<ul>\n");
            for (DigestFinding f : digest.checks().findings()) {
                out.append("<li class=\"finding\">")
                        .append(escape(f.kind()))
                        .append(f.story() == null ? " (overview)" : " (" + escape(f.story()) + ")")
                        .append(": &ldquo;")
                        .append(escape(f.statement()))
                        .append("&rdquo;: ")
                        .append(escape(f.detail()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String statements(List<DigestStatement> statements) {
        return String.join(" ", statements.stream().map(DigestHtml::statement).toList());
    }

    /** The text, then each citation: {@code [2, s3 s4]}, every sentence number a link to that sentence. */
    private static String statement(DigestStatement s) {
        StringBuilder out = new StringBuilder(escape(s.text()));
        for (Citation c : s.citations()) {
            out.append(" <span class=\"cite\">[");
            if (c.sentences().isEmpty()) {
                out.append("<a class=\"cite\" href=\"#source-")
                        .append(c.source())
                        .append("\">");
                out.append(c.source()).append("</a>]</span>");
                continue;
            }
            out.append(c.source()).append(",");
            for (int n : c.sentences()) {
                out.append(" <a class=\"cite\" href=\"#source-")
                        .append(c.source())
                        .append('-')
                        .append(n)
                        .append("\">s")
                        .append(n)
                        .append("</a>");
            }
            out.append("]</span>");
        }
        return out.toString();
    }

    /** A link to a web address ({@code http} or {@code https} only, so no {@code javascript:}); nothing for a path. */
    private static String link(String location) {
        if (location == null || !location.matches("(?i)https?://\\S+")) {
            return "";
        }
        return " <a href=\"" + escape(location) + "\" rel=\"noopener noreferrer\">open</a>";
    }

    /** Text for HTML text and attribute values: {@code & < > " '} escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
