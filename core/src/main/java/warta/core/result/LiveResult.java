package warta.core.result;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import warta.core.article.CleanArticle;
import warta.core.translate.TranslationListener;

/**
 * Prints an article's translation while it is made: each English paragraph as soon as it is
 * finished, in order (a paragraph that is ready before an earlier one waits for it), preceded by
 * what the {@link ResultFormat} puts before the paragraphs. What it prints is always the
 * beginning of the result's final rendering, so {@link #rest} completes it exactly; each
 * paragraph is printed with the line break that follows it in both formats, so the cursor waits
 * at the start of a line (where a progress line on stderr may be drawn). Text and
 * Markdown only; a Markdown page is begun only once the English title is known, since the page
 * starts with it. Thread-safe: chunks finish on several threads.
 */
final class LiveResult implements TranslationListener {

    private final ResultFormat format;
    private final PrintWriter out;
    private final Runnable beforePrint;
    private final StringBuilder printed = new StringBuilder();
    private final Map<Integer, String> waiting = new TreeMap<>();
    private CleanArticle article;
    private String title;
    private int next;

    /**
     * @param beforePrint run before each print, under this object's lock (a front end clears its
     *     progress line there)
     */
    LiveResult(ResultFormat format, PrintWriter out, Runnable beforePrint) {
        if (format == ResultFormat.JSON) {
            throw new IllegalArgumentException("a JSON result is one document; it is not printed in parts");
        }
        this.format = format;
        this.out = out;
        this.beforePrint = beforePrint;
    }

    @Override
    public synchronized void translating(CleanArticle prepared) {
        this.article = prepared;
    }

    @Override
    public synchronized void titleTranslated(String english) {
        this.title = english;
    }

    @Override
    public synchronized void paragraphTranslated(int index, String english) {
        waiting.put(index, english);
        StringBuilder ready = new StringBuilder();
        while (waiting.containsKey(next)) {
            String paragraph = waiting.remove(next);
            if (next == 0) {
                String head = head();
                if (head == null) {
                    return; // the page cannot begin yet: everything is printed with the rest
                }
                ready.append(head);
            } else {
                ready.append('\n'); // the rest of the blank line between paragraphs
            }
            ready.append(paragraph).append('\n'); // both formats end a paragraph with a line break
            next++;
        }
        if (!ready.isEmpty()) {
            beforePrint.run();
            out.print(ready);
            out.flush();
            CheckedWriter.check(out);
            printed.append(ready);
        }
    }

    /** What the format puts before the first paragraph, or null when it is not known yet. */
    private String head() {
        if (format == ResultFormat.TEXT) {
            return ResultText.head(title);
        }
        if (title == null || title.isBlank() || article == null) {
            return null; // the page's title would be another: the summary's headline, or the id
        }
        return ResultMarkdown.head(title, article.metadata()) + ResultMarkdown.TRANSLATION_HEADING;
    }

    /** Whether anything has been printed. */
    synchronized boolean started() {
        return !printed.isEmpty();
    }

    /**
     * What is left to print of {@code rendered}, the result's whole rendering. When the printed
     * part is not its beginning (it cannot be, unless the translation changed after its
     * paragraphs were reported), the whole rendering follows on a new line, so nothing is lost.
     */
    synchronized String rest(String rendered) {
        if (rendered.startsWith(printed.toString())) {
            return rendered.substring(printed.length());
        }
        return "\n\n" + rendered;
    }
}
