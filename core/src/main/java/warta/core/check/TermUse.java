package warta.core.check;

import java.util.Objects;

/**
 * One rendering a translation used for a term (see {@link Terms}): the result's {@code terms}.
 *
 * @param source the term as the source first writes it
 * @param english the rendering as the translation first writes it
 * @param count how many times the translation renders the term so (beyond what other phrases of
 *     the source account for), at least 1
 */
public record TermUse(String source, String english, int count) {

    public TermUse {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(english, "english");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }
}
