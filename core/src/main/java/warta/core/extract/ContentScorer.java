package warta.core.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds the article body, readability-style: every block of text (a
 * {@code <p>}-like element, or a run of text placed directly in a {@code <div>} between
 * {@code <br>}s) gives its length to its container and half of it to the container's parent;
 * a {@code <div>} holding only text and inline elements counts as a paragraph of its parent, and
 * so does a {@code <li>}, but only then.
 * A container's score is then scaled down by its link density.
 */
final class ContentScorer {

    /**
     * Compared by tag name rather than with {@code Element.is(selector)}, which parses the
     * selector on every call: on a page of a hundred thousand elements that was most of the work.
     */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "td", "li", "h2", "h3");

    private static final int MIN_BLOCK = 25;

    private ContentScorer() {}

    /** The best container under {@code root}, or {@code root} itself when nothing scores. */
    static Element best(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> textLengths = new IdentityHashMap<>();
        Elements all = root.getAllElements();
        for (Element block : all) {
            if (isParagraph(block)) {
                credit(scores, block.parent(), block.text().length(), root);
            }
        }
        for (Element element : all) {
            if (isParagraph(element) || isInline(element)) {
                continue;
            }
            boolean leaf = hasOnlyInlineChildren(element);
            Element container = leaf && element != root ? element.parent() : element;
            credit(scores, container, directTextLength(element, textLengths), root);
        }
        return pick(scores, root);
    }

    private static Element pick(Map<Element, Double> scores, Element root) {
        Element best = root;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - LinkDensity.of(entry.getKey()));
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return best;
    }

    private static void credit(Map<Element, Double> scores, Element container, int length, Element root) {
        if (container == null || length < MIN_BLOCK) {
            return;
        }
        scores.merge(container, (double) length, Double::sum);
        Element parent = container.parent();
        if (parent != null && container != root) {
            scores.merge(parent, length / 2.0, Double::sum);
        }
    }

    /** Length of the text placed directly in {@code element}, not inside child elements. */
    private static int directTextLength(Element element, Map<Element, Integer> textLengths) {
        int length = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                length += text.text().strip().length();
            } else if (child instanceof Element inline && isInline(inline)) {
                length += textLength(inline, textLengths);
            }
        }
        return length;
    }

    /**
     * {@code element.text().length()}, read once for a chain of wrappers: an element whose only
     * child is an element has that child's text (what the two add around it is trimmed away), so
     * the length is taken, and kept, at the end of the chain. Without that, a page of thousands of
     * nested {@code <div><span>} read the whole chain below every span.
     */
    private static int textLength(Element element, Map<Element, Integer> textLengths) {
        Element end = element;
        while (end.childNodeSize() == 1 && end.childNode(0) instanceof Element only) {
            end = only;
        }
        return textLengths.computeIfAbsent(end, e -> e.text().length());
    }

    static boolean isInline(Element element) {
        return element.tag().isInline() && !element.nameIs("br");
    }

    /**
     * A {@code <p>}-like element; a list item only when everything in it is inline: a teaser card
     * ({@code <li>} with a picture box, a heading and a date) is a layout block, and a list of
     * them must not add up to an article.
     */
    private static boolean isParagraph(Element element) {
        if (!PARAGRAPH_TAGS.contains(element.normalName())) {
            return false;
        }
        return !element.nameIs("li") || hasOnlyInlineChildren(element);
    }

    private static boolean hasOnlyInlineChildren(Element element) {
        for (Element child : element.children()) {
            if (!isInline(child) && !child.nameIs("br")) {
                return false;
            }
        }
        return true;
    }
}
