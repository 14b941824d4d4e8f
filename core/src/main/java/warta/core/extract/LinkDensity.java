package warta.core.extract;

import org.jsoup.nodes.Element;

/** Share of an element's text that sits inside links, from 0 (none) to 1 (all). */
final class LinkDensity {

    private LinkDensity() {}

    static double of(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1.0, (double) linked / total);
    }
}
