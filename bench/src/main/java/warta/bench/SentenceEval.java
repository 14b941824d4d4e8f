package warta.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import warta.core.sentence.SentenceSplitter;
import warta.core.sentence.Span;

/**
 * Measures {@link SentenceSplitter#indonesian()} against gold sentences: one sentence a line,
 * a blank line between documents. Each document's sentences are joined with one space and split
 * again; a boundary is the end offset of a sentence other than the document's last. Prints
 * boundary precision, recall and F1 to stdout, and with {@code --errors} every missed and extra
 * boundary in context. Exit codes: 0 done, 2 usage (argument missing or file unreadable).
 */
public final class SentenceEval {

    private static final String USAGE = "usage: SentenceEval [--errors] <gold-sentences-file>";
    private static final int CONTEXT = 40;

    /** One gold document: its joined text and its gold sentence ends, the last excluded. */
    record Doc(String text, Set<Integer> gold) {

        static Doc of(List<String> sentences) {
            Set<Integer> gold = new TreeSet<>();
            StringBuilder text = new StringBuilder();
            for (String sentence : sentences) {
                if (!text.isEmpty()) {
                    gold.add(text.length());
                    text.append(' ');
                }
                text.append(sentence);
            }
            return new Doc(text.toString(), gold);
        }
    }

    /** Boundary counts over all documents. */
    record Score(int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            return Rates.precision(truePositives, falsePositives);
        }

        double recall() {
            return Rates.recall(truePositives, falseNegatives);
        }

        double f1() {
            return Rates.f1(precision(), recall());
        }

        Score plus(Score other) {
            return new Score(
                    truePositives + other.truePositives,
                    falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }
    }

    private SentenceEval() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean errors = args.length == 2 && args[0].equals("--errors");
        if (args.length != (errors ? 2 : 1)) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[args.length - 1]);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        evaluate(parse(lines), errors, out);
        return 0;
    }

    /** Groups non-blank, trimmed lines into documents at blank lines. */
    static List<Doc> parse(List<String> lines) {
        List<Doc> docs = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                addDoc(sentences, docs);
            } else {
                sentences.add(line.strip());
            }
        }
        addDoc(sentences, docs);
        return docs;
    }

    private static void addDoc(List<String> sentences, List<Doc> docs) {
        if (!sentences.isEmpty()) {
            docs.add(Doc.of(sentences));
            sentences.clear();
        }
    }

    /** Sentence ends that the splitter predicts for {@code text}, its end excluded. */
    static Set<Integer> predicted(String text) {
        Set<Integer> ends = new TreeSet<>();
        for (Span span : SentenceSplitter.indonesian().spans(text)) {
            ends.add(span.end());
        }
        ends.remove(text.strip().length());
        return ends;
    }

    static Score score(Set<Integer> gold, Set<Integer> predicted) {
        int hits = (int) predicted.stream().filter(gold::contains).count();
        return new Score(hits, predicted.size() - hits, gold.size() - hits);
    }

    private static void evaluate(List<Doc> docs, boolean errors, PrintStream out) {
        Score total = new Score(0, 0, 0);
        int sentences = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc doc = docs.get(i);
            Set<Integer> predicted = predicted(doc.text());
            total = total.plus(score(doc.gold(), predicted));
            sentences += doc.gold().size() + 1;
            if (errors) {
                printErrors(i + 1, doc, predicted, out);
            }
        }
        out.printf(
                "documents: %d, sentences: %d, gold boundaries: %d%n",
                docs.size(), sentences, total.truePositives() + total.falseNegatives());
        out.printf(
                "true positives: %d, false positives: %d, false negatives: %d%n",
                total.truePositives(), total.falsePositives(), total.falseNegatives());
        out.printf("precision: %.4f  recall: %.4f  F1: %.4f%n", total.precision(), total.recall(), total.f1());
    }

    private static void printErrors(int number, Doc doc, Set<Integer> predicted, PrintStream out) {
        for (int end : doc.gold()) {
            if (!predicted.contains(end)) {
                out.println("MISSED doc " + number + ": " + context(doc.text(), end));
            }
        }
        for (int end : predicted) {
            if (!doc.gold().contains(end)) {
                out.println("EXTRA  doc " + number + ": " + context(doc.text(), end));
            }
        }
    }

    /** The text around {@code at}, with the boundary marked as {@code ⟦|⟧}. */
    static String context(String text, int at) {
        String before = text.substring(Math.max(0, at - CONTEXT), at);
        String after = text.substring(at, Math.min(text.length(), at + CONTEXT));
        return (before + "⟦|⟧" + after).replace('\n', ' ');
    }
}
