package warta.core.model.embedded.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Content-Range} header: {@code bytes 100-199/200}, or {@code bytes *}{@code /200} on a
 * 416. {@code start} is -1 for the latter, {@code total} -1 when the server writes {@code *}.
 */
record ContentRange(long start, long total) {

    private static final Pattern RANGE = Pattern.compile("bytes\\s+(?:(\\d+)-\\d+|\\*)/(\\d+|\\*)\\s*");

    /** The range in {@code header}, or null when there is none or it cannot be read. */
    static ContentRange parse(String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = RANGE.matcher(header.strip());
        if (!matcher.matches()) {
            return null;
        }
        long start = matcher.group(1) == null ? -1 : Long.parseLong(matcher.group(1));
        long total = matcher.group(2).equals("*") ? -1 : Long.parseLong(matcher.group(2));
        return new ContentRange(start, total);
    }
}
