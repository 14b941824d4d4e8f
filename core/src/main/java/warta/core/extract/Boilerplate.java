package warta.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: scripts, navigation, page chrome, and elements whose
 * class or id names them as ads, share bars, related lists and the like. Names are split into
 * word parts ({@code "share-bar"}, {@code "shareBar"}, {@code "share_bar"} all give "share"), so a
 * longer word that merely contains a noise word ("leads", "masthead") does not count. An element
 * that itself looks like article body (several long, link-poor paragraphs) is kept whatever its
 * name.
 */
final class Boilerplate {

    private static final String NOISE_TAGS = "script, style, noscript, iframe, form, nav, header, footer, "
            + "aside, svg, button, select, input, textarea, template, object, embed, img, picture, video, audio, canvas, [hidden], [aria-hidden=true], [style~=display:\\s*none]";
    private static final Set<String> EXACT = Set.of(
            "ad",
            "ads",
            "adv",
            "iklan",
            "tag",
            "tags",
            "menu",
            "nav",
            "navbar",
            "share",
            "social",
            "sosmed",
            "related",
            "terkait",
            "popular",
            "terpopuler",
            "sidebar",
            "banner",
            "widget",
            "promo",
            "sponsor",
            "sponsored",
            "footer",
            "breadcrumbs",
            "breadcrumb",
            "comment",
            "comments",
            "komentar",
            "newsletter",
            "subscribe",
            "recommended",
            "recommendation",
            "trending");
    private static final List<String> PREFIXES = List.of(
            "advert",
            "recommend",
            "comment",
            "komentar",
            "newsletter",
            "subscri",
            "breadcrumb",
            "sidebar",
            "related",
            "social",
            "sosmed",
            "terpopuler",
            "popular",
            "banner",
            "sharing",
            "share");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final int BODY_LIKE_PARAGRAPHS = 3;
    private static final int BODY_LIKE_LENGTH = 80;

    private Boilerplate() {}

    /** Strips noise; figures and their captions go too unless {@code keepCaptions}. */
    static void strip(Element root, boolean keepCaptions) {
        root.select(NOISE_TAGS).remove();
        if (!keepCaptions) {
            root.select("figure, figcaption").remove();
        }
        List<Element> noisy = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && isNoiseName(element) && !looksLikeBody(element)) {
                noisy.add(element);
            }
        }
        noisy.forEach(Element::remove);
    }

    static boolean isNoiseName(Element element) {
        List<String> parts = parts(element.className() + " " + element.id());
        for (int i = 0; i < parts.size(); i++) {
            if (isNoiseWord(parts.get(i)) || isBacaJuga(parts, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoiseWord(String part) {
        if (EXACT.contains(part)) {
            return true;
        }
        return PREFIXES.stream().anyMatch(part::startsWith);
    }

    private static boolean isBacaJuga(List<String> parts, int i) {
        String part = parts.get(i);
        boolean next = i + 1 < parts.size() && parts.get(i + 1).equals("juga");
        return part.equals("bacajuga") || part.equals("baca") && next;
    }

    private static List<String> parts(String names) {
        List<String> parts = new ArrayList<>();
        for (String part : SPLIT.split(names)) {
            if (!part.isEmpty()) {
                parts.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return parts;
    }

    private static boolean looksLikeBody(Element element) {
        int longParagraphs = 0;
        for (Element p : element.select("p")) {
            if (p.text().length() >= BODY_LIKE_LENGTH && LinkDensity.of(p) < 0.2) {
                longParagraphs++;
            }
        }
        return longParagraphs >= BODY_LIKE_PARAGRAPHS;
    }
}
