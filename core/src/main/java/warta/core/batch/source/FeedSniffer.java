package warta.core.batch.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a feed by its root element: {@code rss} (RSS 0.9x and 2.0), {@code feed} (Atom) or
 * {@code rdf:RDF} (RSS 1.0), after any XML declaration, comments, processing instructions and
 * document type. Looks only at the start of the text.
 */
final class FeedSniffer {

    private static final int LOOK = 64 * 1024;
    /**
     * The prolog, then the root's start tag. Each prolog part ends at its first end mark, and the
     * parts repeat possessively (without recursion, so thousands of comments cannot overflow the
     * stack); a document type's name and ids are read once ({@code [^\[>]*+}), where they used to
     * be split with the spaces before its {@code >} in every way.
     */
    private static final Pattern ROOT = Pattern.compile(
            "\\uFEFF?\\s*+(?:(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*+(?:\\[.*?\\])?\\s*>)\\s*+)*+"
                    + "<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s/>]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private FeedSniffer() {}

    static boolean isFeed(String content) {
        Matcher root = ROOT.matcher(content.length() <= LOOK ? content : content.substring(0, LOOK));
        if (!root.lookingAt()) {
            return false;
        }
        String name = root.group(2);
        return root.group(1) == null && (name.equals("rss") || name.equals("feed")) || name.equals("RDF");
    }
}
