package warta.core.meta;

import java.time.LocalDate;
import java.util.List;

/**
 * What an article says about itself. A field is null (or the list empty) when the article does
 * not state it: values are read from the text or the page's meta tags, never guessed.
 *
 * @param title the headline
 * @param outlet the publication, as written ("Medcom", "ANTARA News", "KOMPAS.com")
 * @param dateline the place the story was filed from ("Moskow", "JAKARTA")
 * @param published the date given in the dateline, an outlet/date line or the page's meta tags
 * @param byline the author's name when the article names one ("Atika Pusagawanti")
 * @param editorTags editors' initials and similar tags at the end ("WIL", "SB", "ab/ns")
 * @param captions photo captions, with their credits
 */
public record Metadata(
        String title,
        String outlet,
        String dateline,
        LocalDate published,
        String byline,
        List<String> editorTags,
        List<String> captions) {

    public Metadata {
        editorTags = List.copyOf(editorTags);
        captions = List.copyOf(captions);
    }

    /** Metadata with nothing known. */
    public static Metadata empty() {
        return new Metadata(null, null, null, null, null, List.of(), List.of());
    }
}
