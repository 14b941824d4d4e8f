package warta.core.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits Indonesian news text into sentences by rules, without a model.
 *
 * <p>A sentence ends after a run of terminal punctuation ({@code . ? ! ...} or {@code …}),
 * together with any closing quotes or brackets right after it ({@code ."}, {@code .”},
 * {@code .)}, {@code ?"}, {@code !’}), when whitespace and then a word that starts with an
 * uppercase letter, a digit or a currency sign follow. So there is no break:
 * <ul>
 *   <li>before a lowercase word: {@code "Kami siap!" kata dia.} is one sentence, and so is
 *       {@code orang ... yang};
 *   <li>inside a token: {@code 13.54}, {@code 3.000}, {@code www.kompas.com},
 *       {@code nama@contoh.co.id};
 *   <li>after an abbreviation that needs a following word ({@code Jl.}, {@code No.},
 *       {@code Dr.}, {@code Prof.}, {@code Rp.}, {@code Tn.}, {@code Ny.} ...), after a
 *       single-letter initial ({@code Susilo B. Yudhoyono}) and after a dotted acronym
 *       ({@code S.H.}, {@code M.Si.}, {@code A.S.}, {@code a.n.}).
 * </ul>
 * Abbreviations that often close a sentence ({@code dll.}, {@code dsb.}, {@code Tbk.},
 * {@code Inc.}) end one only when an uppercase word follows.
 *
 * <p>Line breaks: a blank line always ends a sentence; a single line break ends one after
 * terminal punctuation, whatever the next line starts with, and is plain whitespace otherwise.
 *
 * <p>Every span is trimmed, spans come in order and never overlap or touch an empty range, and
 * the text outside them is whitespace only ({@link Character#isWhitespace} or a Unicode space
 * such as U+00A0), so no text is lost. Blank text gives no spans.
 *
 * <p>Instances are immutable and thread-safe; the constructor does no I/O.
 */
public final class SentenceSplitter {

    private static final SentenceSplitter INDONESIAN = new SentenceSplitter(new Boundaries(new Abbreviations()));

    private final Boundaries boundaries;

    private SentenceSplitter(Boundaries boundaries) {
        this.boundaries = boundaries;
    }

    /** The splitter for Indonesian news text; one shared instance. */
    public static SentenceSplitter indonesian() {
        return INDONESIAN;
    }

    /** The sentences of {@code text} as offsets, in order; empty when the text is blank. */
    public List<Span> spans(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int end : boundaries.find(text)) {
            addTrimmed(text, start, end, spans);
            start = end;
        }
        addTrimmed(text, start, text.length(), spans);
        return List.copyOf(spans);
    }

    /** The sentences of {@code text}, trimmed, in order; empty when the text is blank. */
    public List<String> split(String text) {
        return spans(text).stream().map(span -> span.of(text)).toList();
    }

    /**
     * The sentences of each paragraph, paragraph by paragraph. Flattened, this is an article's
     * sentence list, which {@code inspect} prints and which a summary's {@code sources} number
     * from 1.
     */
    public List<List<String>> splitEach(List<String> paragraphs) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        return paragraphs.stream().map(this::split).toList();
    }

    private static void addTrimmed(String text, int from, int to, List<Span> spans) {
        int start = Whitespace.skip(text, from);
        int end = Whitespace.trimEnd(text, start, to);
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }
}
