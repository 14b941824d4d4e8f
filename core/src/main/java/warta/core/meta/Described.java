package warta.core.meta;

import java.util.List;
import warta.core.clean.Removal;

/**
 * An article body after its metadata has been read off it.
 *
 * @param metadata what the article says about itself
 * @param paragraphs the body without title, captions, outlet/date lines and end tags
 * @param removed what was taken out of the body for the metadata, with reasons
 */
public record Described(Metadata metadata, List<String> paragraphs, List<Removal> removed) {

    public Described {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }
}
