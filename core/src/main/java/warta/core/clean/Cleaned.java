package warta.core.clean;

import java.util.List;

/**
 * The result of cleaning: the paragraphs that remain, in order, and what was removed, in order.
 *
 * @param paragraphs normalised paragraphs, none blank
 * @param removed every removed paragraph or fragment with its reason
 */
public record Cleaned(List<String> paragraphs, List<Removal> removed) {

    public Cleaned {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }
}
