package warta.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import warta.core.article.Article;
import warta.core.extract.HtmlExtractor;
import warta.core.extract.Page;
import warta.core.read.ArticleReader;

/**
 * Measures {@link HtmlExtractor} against pages with known title and body text. The folder holds
 * {@code *.html} files and an {@code expected.jsonl} with fields {@code file}, {@code url},
 * {@code title}, {@code text}. Titles are compared exactly after lowercasing and dropping
 * punctuation; bodies by bag-of-words precision, recall and F1 over lowercase tokens without
 * punctuation. Prints one line per page, then the means. Exit codes: 0 done, 1 failure, 2 usage.
 */
public final class ExtractEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Scores for one page. */
    record Score(String file, boolean titleMatch, double precision, double recall) {
        double f1() {
            return Rates.f1(precision, recall);
        }
    }

    private ExtractEval() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: ExtractEval <folder with *.html and expected.jsonl>");
            return 2;
        }
        try {
            List<Score> scores = evaluate(Path.of(args[0]), out);
            printMeans(scores, out);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("extract-eval: " + e.getMessage());
            return 1;
        }
    }

    static List<Score> evaluate(Path folder, PrintStream out) throws IOException {
        ArticleReader reader = new ArticleReader();
        HtmlExtractor extractor = new HtmlExtractor();
        List<Score> scores = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode expected = JSON.readTree(line);
            Score score = score(expected, folder, reader, extractor);
            out.printf(
                    Locale.ROOT,
                    "%-40s title=%-5s P=%.3f R=%.3f F1=%.3f%n",
                    score.file(),
                    score.titleMatch(),
                    score.precision(),
                    score.recall(),
                    score.f1());
            scores.add(score);
        }
        return scores;
    }

    private static Score score(JsonNode expected, Path folder, ArticleReader reader, HtmlExtractor extractor) {
        String file = expected.path("file").asText();
        Article article = reader.readFile(folder.resolve(file));
        Page page = extractor.extract(article.content(), expected.path("url").asText(null));
        boolean title =
                normalise(page.title()).equals(normalise(expected.path("title").asText()));
        Map<String, Integer> got = bag(page.text());
        Map<String, Integer> want = bag(expected.path("text").asText());
        int overlap = overlap(got, want);
        return new Score(file, title, ratio(overlap, size(got)), ratio(overlap, size(want)));
    }

    private static void printMeans(List<Score> scores, PrintStream out) {
        double n = Math.max(1, scores.size());
        long titles = scores.stream().filter(Score::titleMatch).count();
        out.printf(
                Locale.ROOT,
                "pages=%d title-accuracy=%.3f (%d/%d) mean P=%.3f R=%.3f F1=%.3f%n",
                scores.size(),
                titles / n,
                titles,
                scores.size(),
                scores.stream().mapToDouble(Score::precision).sum() / n,
                scores.stream().mapToDouble(Score::recall).sum() / n,
                scores.stream().mapToDouble(Score::f1).sum() / n);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return String.join(" ", tokens(text));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        tokens(text).forEach(token -> bag.merge(token, 1, Integer::sum));
        return bag;
    }

    private static int overlap(Map<String, Integer> a, Map<String, Integer> b) {
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : a.entrySet()) {
            overlap += Math.min(entry.getValue(), b.getOrDefault(entry.getKey(), 0));
        }
        return overlap;
    }

    private static int size(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
