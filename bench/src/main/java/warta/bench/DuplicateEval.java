package warta.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import warta.core.batch.dedup.NearDuplicates;
import warta.core.batch.dedup.Signature;
import warta.core.clean.Cleaner;
import warta.core.clean.Paragraphs;

/**
 * Measures near-duplicate detection ({@link Signature}, {@link NearDuplicates} at the default
 * threshold) on a JSON Lines file of articles (field {@code "text"}) and, optionally, a folder of
 * plain-text articles. Every text is cleaned first ({@link Cleaner#indonesianNews()}), as in the
 * pipeline. Prints to stdout:
 * <ul>
 * <li>pairs of articles flagged as duplicates, and the highest similarity between two of them;
 * <li>the similarity of every pair of files in the folder;
 * <li>synthetic copies of each article, made with a fixed seed (paragraphs dropped, words changed,
 *     an outlet's prefix and suffix, two paragraphs swapped, all of these at once): per kind, how
 *     many were found as a duplicate of their own original (recall), missed, or matched to another
 *     original (false positives), and their similarity to the original;
 * <li>the time to sign an article and to add a signature to 100,000 others.
 * </ul>
 * Exit codes: 0 done, 2 usage (argument missing, file or folder unreadable).
 */
public final class DuplicateEval {

    private static final String USAGE = "usage: DuplicateEval <articles.jsonl> [folder-of-txt-articles]";
    static final long SEED = 20240117L;
    private static final List<String> REPLACEMENTS =
            List.of("sejumlah", "tersebut", "kemarin", "pihak", "lalu", "para", "juga", "telah");

    /** Counts for one kind of synthetic copy. */
    record Score(int cases, int found, int missed, int wrong, double minSimilarity, double sumSimilarity) {

        static Score empty() {
            return new Score(0, 0, 0, 0, 1, 0);
        }

        Score plus(Optional<String> answer, String expected, double similarity) {
            boolean found = answer.isPresent() && answer.get().equals(expected);
            return new Score(
                    cases + 1,
                    found ? 1 + this.found : this.found,
                    answer.isEmpty() ? missed + 1 : missed,
                    answer.isPresent() && !found ? wrong + 1 : wrong,
                    Math.min(minSimilarity, similarity),
                    sumSimilarity + similarity);
        }

        double recall() {
            return cases == 0 ? 1 : (double) found / cases;
        }
    }

    private DuplicateEval() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println(USAGE);
            return 2;
        }
        List<String> articles;
        Map<String, String> files;
        try {
            articles = ArticleTexts.load(Path.of(args[0])).texts().stream()
                    .map(DuplicateEval::clean)
                    .toList();
            files = args.length == 2 ? readFolder(Path.of(args[1])) : Map.of();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        NearDuplicates settings = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
        out.printf(
                "threshold %.2f, %d hashes, %d bands x %d rows, seed %d%n",
                settings.threshold(), Signature.SIZE, settings.bands(), settings.rows(), SEED);
        List<Signature> signatures = articles.stream().map(Signature::of).toList();
        distinct(out, signatures);
        if (!files.isEmpty()) {
            folder(out, files);
        }
        synthetic(out, articles, signatures);
        timing(out, articles);
        return 0;
    }

    static String clean(String text) {
        return String.join(
                "\n\n", Cleaner.indonesianNews().clean(Paragraphs.split(text)).paragraphs());
    }

    private static Map<String, String> readFolder(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".txt")).toList()) {
                files.put(path.getFileName().toString(), clean(Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read folder " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static void distinct(PrintStream out, List<Signature> signatures) {
        NearDuplicates duplicates = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
        int flagged = 0;
        for (int i = 0; i < signatures.size(); i++) {
            flagged += duplicates.add("article-" + i, signatures.get(i)).isPresent() ? 1 : 0;
        }
        double highest = 0;
        String pair = "-";
        for (int i = 0; i < signatures.size(); i++) {
            for (int j = i + 1; j < signatures.size(); j++) {
                double similarity = signatures.get(i).similarity(signatures.get(j));
                if (similarity > highest) {
                    highest = similarity;
                    pair = "article-" + i + " ~ article-" + j;
                }
            }
        }
        out.printf(
                "articles: %d, flagged as duplicates: %d, highest similarity of two: %.3f (%s)%n",
                signatures.size(), flagged, highest, pair);
    }

    private static void folder(PrintStream out, Map<String, String> files) {
        List<String> names = new ArrayList<>(files.keySet());
        out.printf("folder: %d files%n", names.size());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                double similarity =
                        Signature.of(files.get(names.get(i))).similarity(Signature.of(files.get(names.get(j))));
                out.printf(
                        "  %-28s ~ %-28s estimated %.3f, exact %.3f, %s%n",
                        names.get(i),
                        names.get(j),
                        similarity,
                        jaccard(files.get(names.get(i)), files.get(names.get(j))),
                        similarity >= NearDuplicates.DEFAULT_THRESHOLD ? "duplicate" : "different");
            }
        }
    }

    /** The exact Jaccard similarity of the two texts' 5-word shingle sets, to check the estimate. */
    static double jaccard(String a, String b) {
        Set<String> first = shingles(a);
        Set<String> second = shingles(b);
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        first.retainAll(second);
        return union.isEmpty() ? 1 : (double) first.size() / union.size();
    }

    private static Set<String> shingles(String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")).stream()
                .filter(w -> !w.isEmpty())
                .toList();
        Set<String> shingles = new HashSet<>();
        int size = Math.min(5, words.size());
        for (int i = 0; size > 0 && i + size <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + size)));
        }
        return shingles;
    }

    private static void synthetic(PrintStream out, List<String> articles, List<Signature> signatures) {
        NearDuplicates originals = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
        for (int i = 0; i < signatures.size(); i++) {
            originals.add("article-" + i, signatures.get(i));
        }
        Map<String, BiFunction<List<String>, Random, List<String>>> kinds = new LinkedHashMap<>();
        kinds.put("drop-1-paragraph", (p, r) -> drop(p, 1, r));
        kinds.put("drop-2-paragraphs", (p, r) -> drop(p, 2, r));
        kinds.put("change-4-words", (p, r) -> changeWords(p, 4, r));
        kinds.put("outlet-prefix-suffix", (p, r) -> outlet(p));
        kinds.put("swap-2-paragraphs", DuplicateEval::swap);
        kinds.put("all-of-these", (p, r) -> outlet(swap(changeWords(drop(p, 1, r), 4, r), r)));
        Random random = new Random(SEED);
        Score total = Score.empty();
        out.printf(
                "synthetic copies:%n  %-22s %5s %5s %6s %5s %7s %7s %7s%n",
                "kind", "cases", "found", "missed", "wrong", "recall", "min-sim", "mean-sim");
        for (Map.Entry<String, BiFunction<List<String>, Random, List<String>>> kind : kinds.entrySet()) {
            Score score = Score.empty();
            for (int i = 0; i < articles.size(); i++) {
                List<String> paragraphs = List.of(articles.get(i).split("\n\n"));
                List<String> copy = kind.getValue().apply(paragraphs, random);
                if (copy != null) {
                    Signature signature = Signature.of(String.join("\n\n", copy));
                    score = score.plus(
                            originals.find(signature), "article-" + i, signature.similarity(signatures.get(i)));
                }
            }
            print(out, kind.getKey(), score);
            total = new Score(
                    total.cases() + score.cases(),
                    total.found() + score.found(),
                    total.missed() + score.missed(),
                    total.wrong() + score.wrong(),
                    Math.min(total.minSimilarity(), score.minSimilarity()),
                    total.sumSimilarity() + score.sumSimilarity());
        }
        print(out, "total", total);
    }

    private static void print(PrintStream out, String kind, Score s) {
        out.printf(
                "  %-22s %5d %5d %6d %5d %7.3f %7.3f %7.3f%n",
                kind,
                s.cases(),
                s.found(),
                s.missed(),
                s.wrong(),
                s.recall(),
                s.minSimilarity(),
                s.cases() == 0 ? 0 : s.sumSimilarity() / s.cases());
    }

    /** Without {@code n} random paragraphs; null (no case) for fewer than {@code 2n + 1}, so that most of the story is left. */
    static List<String> drop(List<String> paragraphs, int n, Random random) {
        if (paragraphs.size() < 2 * n + 1) {
            return null;
        }
        List<String> kept = new ArrayList<>(paragraphs);
        for (int i = 0; i < n; i++) {
            kept.remove(random.nextInt(kept.size()));
        }
        return kept;
    }

    /** With {@code n} words at random places replaced by common words. */
    static List<String> changeWords(List<String> paragraphs, int n, Random random) {
        if (paragraphs == null) {
            return null;
        }
        List<String> changed = new ArrayList<>(paragraphs);
        for (int i = 0; i < n; i++) {
            int p = random.nextInt(changed.size());
            String[] words = changed.get(p).split(" ");
            words[random.nextInt(words.length)] = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
            changed.set(p, String.join(" ", words));
        }
        return changed;
    }

    /** With an outlet's dateline before the first paragraph and a promotion after the last. */
    static List<String> outlet(List<String> paragraphs) {
        if (paragraphs == null) {
            return null;
        }
        List<String> changed = new ArrayList<>(paragraphs);
        changed.set(0, "JAKARTA, Warta Nusantara - " + changed.get(0));
        changed.add("Ikuti berita terkini Warta Nusantara di kanal kami dan unduh aplikasinya.");
        return changed;
    }

    /** With two different paragraphs swapped; null (no case) for a single paragraph. */
    static List<String> swap(List<String> paragraphs, Random random) {
        if (paragraphs == null || paragraphs.size() < 2) {
            return null;
        }
        List<String> swapped = new ArrayList<>(paragraphs);
        int a = random.nextInt(swapped.size());
        int b = (a + 1 + random.nextInt(swapped.size() - 1)) % swapped.size();
        Collections.swap(swapped, a, b);
        return swapped;
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void timing(PrintStream out, List<String> articles) {
        double words = articles.stream().mapToInt(Cleaner::wordCount).average().orElse(0);
        for (int round = 0; round < 50; round++) {
            articles.forEach(Signature::of); // warm up
        }
        int rounds = 100;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            articles.forEach(Signature::of);
        }
        double signMicros = (System.nanoTime() - start) / 1e3 / rounds / articles.size();
        Random random = new Random(SEED);
        NearDuplicates duplicates = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
        List<Signature> many = Stream.generate(
                        () -> new Signature(random.ints(Signature.SIZE).toArray()))
                .limit(100_000)
                .toList();
        long before = usedHeap();
        start = System.nanoTime();
        for (int i = 0; i < many.size(); i++) {
            duplicates.add("s" + i, many.get(i));
        }
        double addMicros = (System.nanoTime() - start) / 1e3 / many.size();
        double indexMegabytes = (usedHeap() - before) / 1e6;
        out.printf(
                "timing: Signature.of %.1f us per article (mean %.0f words); add %.2f us each for 100,000 signatures;"
                        + " heap for their index and ids about %.0f MB (%d added)%n",
                signMicros, words, addMicros, indexMegabytes, duplicates.size());
    }
}
