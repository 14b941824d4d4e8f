package warta.bench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import warta.core.sentence.SentenceSplitter;

/**
 * The answer to a translation request: for each numbered paragraph {@code [n]} inside the first
 * {@code <article>} fence of the first user message that has one, {@code [n]} followed by one
 * {@link EnglishFiller} sentence per Indonesian sentence, paragraphs separated by a blank line.
 * Text inside the fence is only text: a look-alike {@code ‹/article>} does not end it.
 * Stateless and thread-safe.
 */
final class TranslationReply {

    static final String OPEN = "<article>";
    static final String CLOSE = "</article>";
    private static final Pattern MARKER = Pattern.compile("(?m)^\\[(\\d{1,4})\\][ \\t]*");

    private TranslationReply() {}

    /** The numbered English answer, or empty when the request holds no fenced, numbered article. */
    static Optional<String> answer(ChatCall call) {
        return call.firstUserWith(OPEN)
                .flatMap(TranslationReply::fenced)
                .map(TranslationReply::translate)
                .filter(text -> !text.isEmpty());
    }

    /** The text between the first {@code <article>} and the {@code </article>} after it. */
    static Optional<String> fenced(String message) {
        int start = message.indexOf(OPEN) + OPEN.length();
        int end = message.indexOf(CLOSE, start);
        return end < 0 ? Optional.empty() : Optional.of(message.substring(start, end));
    }

    private static String translate(String article) {
        Matcher m = MARKER.matcher(article);
        List<int[]> markers = new ArrayList<>();
        while (m.find()) {
            markers.add(new int[] {Integer.parseInt(m.group(1)), m.start(), m.end()});
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int[] marker = markers.get(i);
            int end = i + 1 < markers.size() ? markers.get(i + 1)[1] : article.length();
            paragraphs.add("[" + marker[0] + "] " + paragraph(article.substring(marker[2], end), marker[0]));
        }
        return String.join("\n\n", paragraphs);
    }

    private static String paragraph(String source, int number) {
        List<String> english = new ArrayList<>();
        List<String> sentences = SentenceSplitter.indonesian().split(source);
        for (int i = 0; i < sentences.size(); i++) {
            english.add(EnglishFiller.sentence(sentences.get(i), number + i));
        }
        return english.isEmpty() ? EnglishFiller.sentence("", number) : String.join(" ", english);
    }
}
