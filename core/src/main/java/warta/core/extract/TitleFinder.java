package warta.core.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's title: {@code og:title}, else the first {@code <h1>}, else {@code <title>}. A
 * leading "Site: " naming the declared site, and a
 * trailing " - Site" or " | Site", are cut when it names the site ({@code og:site_name} or the
 * host) or looks like a site name: short, and capitalised or shaped like a domain.
 */
final class TitleFinder {

    private static final Pattern SUFFIX = Pattern.compile("^(.{8,}?)\\s+[-|–—:»·]{1,2}\\s+([^-|–—»·]{2,40})$");
    private static final Pattern PREFIX = Pattern.compile("^([^:|–—-]{2,40}?)\\s*(?::|\\s[-|–—])\\s+(.{8,})$");
    private static final Pattern DOMAIN =
            Pattern.compile("(?i)\\b[\\p{L}\\p{N}-]+\\.(com|co\\.id|id|net|org|news|tv)\\b");
    private static final int MAX_SITE_WORDS = 3;

    private TitleFinder() {}

    static String find(Document doc, String siteName, String baseUrl) {
        String title = MetaReader.meta(doc, "og:title");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null && !h1.text().isBlank() ? h1.text() : doc.title();
        }
        return title == null || title.isBlank() ? null : stripSite(collapse(title), siteName, host(baseUrl));
    }

    static String stripSite(String title, String siteName, String host) {
        return stripSuffix(stripPrefix(title, siteName), siteName, host);
    }

    /** Cuts a leading "Site: " or "Site - " when it is exactly the declared site name. */
    private static String stripPrefix(String title, String siteName) {
        if (siteName == null) {
            return title;
        }
        Matcher matcher = PREFIX.matcher(title);
        boolean named = matcher.matches() && key(matcher.group(1)).equals(key(siteName));
        return named ? matcher.group(2).strip() : title;
    }

    private static String stripSuffix(String title, String siteName, String host) {
        Matcher matcher = SUFFIX.matcher(title);
        if (!matcher.matches()) {
            return title;
        }
        String suffix = matcher.group(2).strip();
        return isSiteName(suffix, siteName, host) ? matcher.group(1).strip() : title;
    }

    private static boolean isSiteName(String suffix, String siteName, String host) {
        String key = key(suffix);
        if (siteName != null && (key.contains(key(siteName)) || key(siteName).contains(key))) {
            return true;
        }
        if (host != null && !key.isEmpty() && key(host).contains(key.split(" ")[0])) {
            return true;
        }
        return DOMAIN.matcher(suffix).find() || looksLikeName(suffix);
    }

    private static boolean looksLikeName(String suffix) {
        String[] words = suffix.split("\\s+");
        if (words.length > MAX_SITE_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
    }

    private static String host(String baseUrl) {
        if (baseUrl == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(baseUrl).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
