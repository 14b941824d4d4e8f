package warta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a content container into paragraphs: every block element and every {@code <br>} ends one,
 * inline elements and text join the current one. A paragraph whose only non-link text is empty
 * or a promo label ("Baca juga:") is a link list and is dropped; any other text is kept, since
 * textual boilerplate is the cleaner's business, not the extractor's.
 */
final class Paragraphs {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
    /**
     * Punctuation, symbols and spaces around a label. Possessive: the label words start and end
     * with a letter, so the edges never need to give a character back, and a long run of
     * punctuation is read once instead of being split between the two edges in every way.
     */
    private static final String EDGE = "[\\p{P}\\p{S}\\s]*+";

    private static final Pattern PROMO_LABEL = Pattern.compile("(?i)" + EDGE
            + "(?:(?:baca|lihat|simak|tonton|saksikan|read)(?: juga| also| selengkapnya)?"
            + "|(?:berita|artikel) (?:terkait|lainnya)|related(?: articles?| news)?|video|foto)?" + EDGE);

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder unlinked = new StringBuilder();

    private Paragraphs() {}

    static List<String> of(Element container) {
        Paragraphs collector = new Paragraphs();
        collector.walk(container, false);
        collector.flush();
        return List.copyOf(collector.paragraphs);
    }

    private void walk(Node node, boolean inLink) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                append(textNode.getWholeText(), inLink);
            } else if (child instanceof Element element) {
                visit(element, inLink);
            }
        }
    }

    private void visit(Element element, boolean inLink) {
        if (element.nameIs("br")) {
            flush();
        } else if (ContentScorer.isInline(element)) {
            walk(element, inLink || element.nameIs("a"));
        } else {
            flush();
            walk(element, inLink);
            flush();
        }
    }

    private void append(String raw, boolean inLink) {
        text.append(raw);
        if (!inLink) {
            unlinked.append(raw);
        }
    }

    private void flush() {
        String paragraph = collapse(text);
        String own = collapse(unlinked);
        boolean linksOnly =
                own.length() < paragraph.length() && PROMO_LABEL.matcher(own).matches();
        if (!paragraph.isEmpty() && !linksOnly) {
            paragraphs.add(paragraph);
        }
        text.setLength(0);
        unlinked.setLength(0);
    }

    private static String collapse(CharSequence raw) {
        return SPACES.matcher(raw).replaceAll(" ").strip();
    }
}
