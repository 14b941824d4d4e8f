package warta.core.read;

import java.io.IOException;
import java.io.InputStream;
import warta.core.article.Source;
import warta.core.error.InputException;

/** Bounded reading and the size and naming parts of refusal messages. */
final class Limits {

    private Limits() {}

    /**
     * Reads at most {@code maxBytes + 1} bytes; refuses the input when that last byte exists.
     * The stream is not closed.
     */
    static byte[] readAtMost(InputStream in, long maxBytes, Source source) throws IOException {
        byte[] data = in.readNBytes((int) maxBytes + 1);
        if (data.length > maxBytes) {
            throw new InputException(names -> name(source) + " is over the " + Sizes.format(maxBytes)
                    + " limit; raise it with " + names.name("max-bytes"));
        }
        return data;
    }

    /** Refuses an input whose size is known in advance and over the limit. */
    static void checkSize(long size, long maxBytes, Source source) {
        if (size > maxBytes) {
            throw new InputException(names -> name(source) + " is " + Sizes.format(size) + ", over the "
                    + Sizes.format(maxBytes) + " limit; raise it with " + names.name("max-bytes"));
        }
    }

    /** How messages name an input: its path or URL, "standard input", or "the input". */
    static String name(Source source) {
        if ("-".equals(source.path())) {
            return "standard input";
        }
        return source.path() == null && source.url() == null ? "the input" : source.label();
    }
}
