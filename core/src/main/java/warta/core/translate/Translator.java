package warta.core.translate;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import warta.core.article.CleanArticle;
import warta.core.check.Terms;
import warta.core.chunk.Chunk;
import warta.core.chunk.Chunker;
import warta.core.error.CancelledException;
import warta.core.error.ModelException;
import warta.core.error.WartaException;
import warta.core.glossary.Glossary;
import warta.core.lang.Language;
import warta.core.model.Deadline;
import warta.core.prompt.PromptLibrary;
import warta.core.sentence.SentenceSplitter;

/**
 * Translates a cleaned article into English, chunk by chunk within the token budget, with up to
 * {@code concurrency} chunks in flight. Each chunk is sent once (plus one stricter retry when its
 * answer fails a check) with the glossary entries that occur in it, the renderings already chosen
 * for its terms and the end of the preceding source text as context. The result has one English
 * paragraph per source paragraph.
 *
 * <p>Terminology memory: after each chunk, the rendering its English chose for each term of its
 * source ({@link Terms#chosen}) goes into the article's {@link TermMemory} unless the term has one
 * already; the request of a later chunk carries the renderings of the terms in its source. So
 * that the same article gives the same requests every time, a chunk waits for the earlier chunks
 * that share a term with it (and only for those): its memory is then exactly what the chunks
 * before it chose, whatever order the chunks finish in. Chunks that share no term run in parallel.
 *
 * <p>An article already in English is not sent: {@link #isEnglish(Language)}. A failing chunk
 * (a {@link WartaException} after the model's own retries) fails the whole translation: no
 * further chunk is sent and the chunks still in flight are cancelled; an interrupted caller gets a {@link CancelledException}.
 * Thread-safe when the model is.
 */
public final class Translator {

    /** Below this share of English text an article is translated. */
    public static final double ENGLISH_CONFIDENCE = 0.8;

    private static final int CONTEXT_SENTENCES = 2;
    private static final int CONTEXT_CHARS = 400;

    private final ChunkTranslator chunks;
    private final TranslationPrompts prompts;
    private final Chunker chunker;
    private final int concurrency;
    private final SentenceSplitter splitter = SentenceSplitter.indonesian();
    private final Terms terms;

    public Translator(ChatModel model, PromptLibrary prompts, Glossary glossary, Chunker chunker, int concurrency) {
        Objects.requireNonNull(model, "model");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.prompts = new TranslationPrompts(
                Objects.requireNonNull(prompts, "prompts"), Objects.requireNonNull(glossary, "glossary"));
        this.chunks = new ChunkTranslator(model, this.prompts);
        this.terms = Terms.of(glossary.asMap());
        this.chunker = Objects.requireNonNull(chunker, "chunker");
        this.concurrency = concurrency;
    }

    /**
     * The English name of the language to translate from, as the prompt says it: the detected
     * language ("Malay" for an article in Malay), and Indonesian, the language Warta is for, when
     * the detector could not tell.
     */
    public static String sourceLanguage(Language language) {
        return language.is(Language.UNDETERMINED) ? "Indonesian" : language.name();
    }

    /** Whether an article in {@code language} is already English and needs no translation. */
    public static boolean isEnglish(Language language) {
        return language.is("en") && language.confidence() >= ENGLISH_CONFIDENCE;
    }

    /**
     * The first request for each chunk, exactly as it would be sent when no rendering has been
     * chosen before it; for dry runs, which cannot know what the model will choose.
     */
    public List<ChatRequest> plan(CleanArticle article) {
        List<List<Segment>> segments = segments(article);
        List<ChatRequest> requests = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            requests.add(prompts.first(segments.get(i), context(segments, i), sourceLanguage(article.language())));
        }
        return requests;
    }

    /**
     * As {@link #plan(CleanArticle)}, each request as a {@link Conversation} with no answer yet,
     * so a dry run can show what a request going on from it would be.
     */
    public List<Conversation> planConversations(CleanArticle article) {
        List<List<Segment>> segments = segments(article);
        List<ChatRequest> requests = plan(article);
        List<Conversation> conversations = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            conversations.add(new Conversation(
                    i,
                    requests.size(),
                    requests.get(i).messages(),
                    segments.get(i).stream().map(Segment::paragraph).toList()));
        }
        return conversations;
    }

    /** Translates {@code article}, reporting progress to {@code listener}, with a memory of its own. */
    public Translation translate(CleanArticle article, TranslationListener listener) {
        return translate(article, listener, new TermMemory());
    }

    /**
     * Translates {@code article}, reporting progress to {@code listener}; {@code memory} holds the
     * renderings chosen before (by earlier articles of a batch) and receives the ones this
     * article chooses.
     */
    public Translation translate(CleanArticle article, TranslationListener listener, TermMemory memory) {
        return translate(article, listener, memory, conversation -> {});
    }

    /**
     * As {@link #translate(CleanArticle, TranslationListener, TermMemory)}, handing each chunk's
     * last exchange with the model to {@code conversations} (from the chunk's thread), so a request
     * may go on from it.
     */
    public Translation translate(
            CleanArticle article,
            TranslationListener listener,
            TermMemory memory,
            Consumer<Conversation> conversations) {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(conversations, "conversations");
        String title = article.metadata().title();
        if (isEnglish(article.language())) {
            return Translation.skipped(title, article.paragraphs(), "the article is already in English");
        }
        listener.translating(article);
        List<List<Segment>> segments = segments(article);
        Progress progress = new Progress(article.paragraphs().size(), segments, listener);
        List<List<String>> translated =
                run(segments, progress, sourceLanguage(article.language()), memory, conversations);
        List<Segment> allSegments = segments.stream().flatMap(List::stream).toList();
        List<String> allTranslations = translated.stream().flatMap(List::stream).toList();
        String englishTitle = null;
        for (int i = 0; i < allSegments.size(); i++) {
            if (allSegments.get(i).isTitle()) {
                englishTitle = allTranslations.get(i);
            }
        }
        return new Translation(
                englishTitle, Segments.join(article.paragraphs().size(), allSegments, allTranslations), null);
    }

    private List<List<Segment>> segments(CleanArticle article) {
        List<Chunk> cut = chunker.chunk(article.paragraphs());
        return Segments.of(article.paragraphs(), cut, article.metadata().title());
    }

    private List<List<String>> run(
            List<List<Segment>> segments,
            Progress progress,
            String language,
            TermMemory memory,
            Consumer<Conversation> conversations) {
        List<List<Terms.Found>> found =
                segments.stream().map(s -> terms.in(sourceText(s))).toList();
        // a term whose rendering the memory holds already is settled: no chunk waits for it
        List<List<Integer>> waits = waits(found, memory.asMap().keySet());
        int threads = Math.min(concurrency, segments.size());
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().daemon().name("warta-chunk-", 0).factory());
        try {
            List<Future<List<String>>> futures = new CopyOnWriteArrayList<>();
            AtomicBoolean failed = new AtomicBoolean();
            for (int i = 0; i < segments.size(); i++) {
                int index = i;
                // The pool takes tasks in order, so a chunk waits only for chunks already taken up.
                futures.add(pool.submit(Deadline.carried(() -> {
                    awaitEarlier(waits.get(index), futures);
                    if (failed.get()) {
                        throw new CancelledException("another chunk of the article failed");
                    }
                    try {
                        return translateChunk(
                                segments, index, progress, language, found.get(index), memory, conversations);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                })));
            }
            List<List<String>> results = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                results.add(await(future, futures));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** For each chunk, the earlier chunks that share a term with it. */
    static List<List<Integer>> waits(List<List<Terms.Found>> found) {
        return waits(found, Set.of());
    }

    /** For each chunk, the earlier chunks that share a term with it other than the {@code settled} ones. */
    static List<List<Integer>> waits(List<List<Terms.Found>> found, Set<String> settled) {
        List<Set<String>> keys = found.stream()
                .map(list -> list.stream()
                        .map(Terms.Found::key)
                        .filter(key -> !settled.contains(key))
                        .collect(Collectors.toSet()))
                .toList();
        List<List<Integer>> waits = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<Integer> earlier = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (!Collections.disjoint(keys.get(i), keys.get(j))) {
                    earlier.add(j);
                }
            }
            waits.add(List.copyOf(earlier));
        }
        return waits;
    }

    private static void awaitEarlier(List<Integer> earlier, List<Future<List<String>>> futures)
            throws InterruptedException {
        for (int j : earlier) {
            try {
                futures.get(j).get();
            } catch (ExecutionException | CancellationException e) {
                throw new CancelledException("another chunk of the article failed");
            }
        }
    }

    private List<String> translateChunk(
            List<List<Segment>> segments,
            int index,
            Progress progress,
            String language,
            List<Terms.Found> found,
            TermMemory memory,
            Consumer<Conversation> conversations) {
        List<String> renderings = new ArrayList<>();
        for (Terms.Found term : found) {
            memory.get(term.key()).ifPresent(r -> renderings.add(term.written() + " = " + r.english()));
        }
        progress.started(index);
        ChunkTranslator.Outcome outcome = fitting(segments.get(index), context(segments, index), language, renderings);
        List<String> english = outcome.english();
        if (outcome.messages() != null) { // null for a chunk that was cut in two to fit the context
            conversations.accept(new Conversation(
                    index,
                    segments.size(),
                    outcome.messages(),
                    segments.get(index).stream().map(Segment::paragraph).toList()));
        }
        Map<String, String> written = new HashMap<>();
        found.forEach(f -> written.put(f.key(), f.written()));
        terms.chosen(sourceText(segments.get(index)), String.join("\n", english))
                .forEach((key, rendering) -> memory.choose(key, new TermMemory.Rendering(written.get(key), rendering)));
        progress.finished(index, english);
        return english;
    }

    /**
     * The English of each segment of {@code chunk}. A chunk the model's context cannot take (the
     * server refused it, or Warta's own check refused to send it: {@code CONTEXT_LENGTH}) is halved
     * and each half asked for, down to single segments; never left to the server to cut.
     */
    private ChunkTranslator.Outcome fitting(
            List<Segment> chunk, String context, String language, List<String> renderings) {
        try {
            return chunks.translate(chunk, context, language, renderings);
        } catch (ModelException e) {
            if (e.kind() != ModelException.Kind.CONTEXT_LENGTH || chunk.size() < 2) {
                throw e;
            }
            int half = chunk.size() / 2;
            List<String> english = new ArrayList<>(fitting(chunk.subList(0, half), context, language, renderings)
                    .english());
            english.addAll(fitting(chunk.subList(half, chunk.size()), context, language, renderings)
                    .english());
            return new ChunkTranslator.Outcome(english, null);
        }
    }

    private static String sourceText(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining("\n"));
    }

    private static List<String> await(Future<List<String>> future, List<Future<List<String>>> all) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            all.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancelledException("translation cancelled");
        } catch (ExecutionException e) {
            all.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof WartaException w) {
                throw w;
            }
            throw new WartaException(
                    "translation failed: an unexpected internal error (its cause is kept for the log)", e.getCause());
        }
    }

    /** The last sentences of the source text before chunk {@code index}, for context. */
    private String context(List<List<Segment>> segments, int index) {
        if (index == 0) {
            return "";
        }
        List<Segment> previous = segments.get(index - 1);
        String text = previous.getLast().text();
        List<String> sentences = splitter.split(text);
        String tail = String.join(
                " ", sentences.subList(Math.max(0, sentences.size() - CONTEXT_SENTENCES), sentences.size()));
        return tail.length() <= CONTEXT_CHARS ? tail : tail.substring(tail.length() - CONTEXT_CHARS);
    }
}
