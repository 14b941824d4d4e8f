package warta.core.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article body, readability-style: every block of text (a
 * {@code <p>}-like element, or a run of text placed directly in a {@code <div>} between
 * {@code <br>}s) gives its length to its container and half of it to the container's parent;
 * a {@code <div>} holding only text and inline elements counts as a paragraph of its parent.
 * A container's score is then scaled down by its link density.
 */
final class ContentScorer {

    private static final String PARAGRAPH_TAGS = "p, pre, blockquote, td, li, h2, h3";
    private static final int MIN_BLOCK = 25;

    private ContentScorer() {}

    /** The best container under {@code root}, or {@code root} itself when nothing scores. */
    static Element best(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : root.select(PARAGRAPH_TAGS)) {
            credit(scores, block.parent(), block.text().length(), root);
        }
        for (Element element : root.getAllElements()) {
            if (element.is(PARAGRAPH_TAGS) || isInline(element)) {
                continue;
            }
            boolean leaf = element.children().stream().allMatch(child -> isInline(child) || child.is("br"));
            Element container = leaf && element != root ? element.parent() : element;
            credit(scores, container, directTextLength(element), root);
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
    private static int directTextLength(Element element) {
        int length = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                length += text.text().strip().length();
            } else if (child instanceof Element inline && isInline(inline)) {
                length += inline.text().length();
            }
        }
        return length;
    }

    static boolean isInline(Element element) {
        return element.tag().isInline() && !element.is("br");
    }
}
