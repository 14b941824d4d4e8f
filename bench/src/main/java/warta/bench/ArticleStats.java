package warta.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the article count and mean word count of a JSON Lines articles file, and with a
 * measured articles/s the rate normalised to 600-word articles (articles/s x mean words / 600).
 * Exit codes: 0 done, 2 usage (arguments missing or wrong, or the file unreadable).
 */
public final class ArticleStats {

    static final int REFERENCE_WORDS = 600;
    private static final String USAGE = "usage: ArticleStats <articles.jsonl> [measured-articles-per-second]";

    private ArticleStats() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println(USAGE);
            return 2;
        }
        ArticleTexts texts;
        double rate;
        try {
            texts = ArticleTexts.load(Path.of(args[0]));
            rate = args.length == 2 ? Double.parseDouble(args[1]) : Double.NaN;
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        double mean = texts.meanWords();
        out.printf(Locale.ROOT, "articles: %d%nmean words per article: %.1f%n", texts.size(), mean);
        if (!Double.isNaN(rate)) {
            out.printf(Locale.ROOT, "600-word articles/s: %.0f%n", normalised(rate, mean));
        }
        return 0;
    }

    /** {@code articlesPerSecond} articles of {@code meanWords} words, as 600-word articles/s. */
    static double normalised(double articlesPerSecond, double meanWords) {
        return articlesPerSecond * meanWords / REFERENCE_WORDS;
    }
}
