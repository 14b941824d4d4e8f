package warta.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import warta.core.article.CleanArticle;
import warta.core.batch.dedup.Signature;
import warta.core.check.ProperNames;
import warta.core.chunk.Chunker;
import warta.core.sentence.SentenceSplitter;

/**
 * What story grouping knows of one article: its id and where it came from, its dates
 * ({@link EventDate}), the names it mentions, the wording of its sentences, and its near-duplicate
 * signature. Made from a cleaned article by {@link #of}, without a model; kept in a batch's story
 * file, so an article of a later run is compared with it without reading it again. Immutable.
 *
 * @param id the article's id
 * @param source where it came from (a path or URL), or null
 * @param title its headline, or null
 * @param outlet its outlet, or null
 * @param published its published date, or null
 * @param dates the days it dates things on
 * @param names the parts of the names it mentions ({@link ProperNames#parts}) of two letters or
 *     more, in lower case, each with how it was first written ("choe" : "Choe")
 * @param sentences each sentence's wording: the hashes of its {@link Wording#SIZE}-word runs
 * @param signature its near-duplicate signature, or null when not known
 */
public record StoryTraits(
        String id,
        String source,
        String title,
        String outlet,
        LocalDate published,
        List<EventDate> dates,
        Map<String, String> names,
        List<int[]> sentences,
        Signature signature) {

    public StoryTraits {
        Objects.requireNonNull(id, "id");
        dates = List.copyOf(dates);
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        sentences = sentences.stream().map(int[]::clone).toList();
    }

    /** The traits of a cleaned article, under {@code id}. */
    public static StoryTraits of(String id, CleanArticle article) {
        Objects.requireNonNull(article, "article");
        Map<String, String> names = new LinkedHashMap<>();
        List<int[]> sentences = new ArrayList<>();
        for (List<String> paragraph : SentenceSplitter.indonesian().splitEach(article.paragraphs())) {
            for (String sentence : paragraph) {
                for (String name : ProperNames.in(sentence)) {
                    for (String part : ProperNames.parts(name)) {
                        if (part.length() > 1) {
                            names.putIfAbsent(part.toLowerCase(Locale.ROOT), part);
                        }
                    }
                }
                sentences.add(Wording.runs(sentence));
            }
        }
        var meta = article.metadata();
        return new StoryTraits(
                id,
                article.source().label(),
                meta.title(),
                meta.outlet(),
                meta.published(),
                EventDates.of(article),
                names,
                sentences,
                Signature.of(Chunker.join(article.paragraphs())));
    }
}
