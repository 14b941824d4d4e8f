package warta.core.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.internal.LineAppender;
import warta.core.batch.internal.TornTail;
import warta.core.error.WartaException;

/**
 * The stories of a batch output folder, across runs: every article placed so far, with its story
 * and traits, in an append-only JSON Lines file ({@link StoryLine}), so that an article of a later
 * run joins a story of an earlier one.
 *
 * <p>{@link #place} puts a new article in a story: the story of the article it nearly duplicates
 * when it is one; otherwise the story whose members it links to best on average (the same
 * average-link rule as {@link Stories#group}, name weights over every article kept and the new
 * one), when that average reaches the threshold and no member is apart from it; otherwise a new
 * story of its own, {@link Story#idOf} its id. An article placed before keeps its story, so ids
 * written into result files stay true. Placement depends on what was placed before, so a batch
 * places the articles of a run in the order it hands them out, whichever is prepared first (and
 * finds near-duplicates in that order too), and the stories do not depend on timing.
 *
 * <p>A placement compares the new article with every article kept (time in proportion to them);
 * the name part counts and each article's wording runs are kept as articles are placed, not made
 * again for each.
 *
 * <p>Crash-safe as the signature store is: a line is appended whole and forced to disk, and a
 * torn last line is dropped when the file is opened. Thread-safe. The batch's folder lock keeps
 * other processes out.
 */
public final class StoryBook implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoryBook.class);

    private final Path file;
    private final FileChannel channel;
    private final LineAppender appender;
    private final StoryRules rules;
    private final Map<String, StoryLine> byId = new LinkedHashMap<>();
    /** How many of the articles placed mention each name part, kept as they are placed. */
    private final Map<String, Integer> frequencies = new HashMap<>();
    /** Each placed article's wording runs, so that a placement does not make them again. */
    private final Map<String, int[]> wording = new HashMap<>();

    private StoryBook(Path file, FileChannel channel, StoryRules rules) throws IOException {
        this.file = file;
        this.channel = channel;
        this.appender = new LineAppender(channel);
        this.rules = rules;
    }

    /**
     * Opens {@code file}, creating it when missing, and reads what it holds.
     *
     * @throws WartaException naming the file when it cannot be read or written
     */
    public static StoryBook open(Path file, StoryRules rules) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rules, "rules");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            StoryBook book = new StoryBook(file, channel, rules);
            book.read();
            channel.position(channel.size());
            return book;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e instanceof WartaException w
                    ? w
                    : new WartaException("cannot open story file " + file + ": " + e, e);
        }
    }

    /**
     * The story of the article, placed now unless it was placed before, and kept on disk before
     * this returns.
     *
     * @param duplicateOf the id of the earlier article it nearly duplicates, or null
     * @throws WartaException when the line cannot be written (a full disk: the cause says so)
     */
    public synchronized String place(StoryTraits traits, String duplicateOf) {
        Objects.requireNonNull(traits, "traits");
        StoryLine known = byId.get(traits.id());
        if (known != null) {
            return known.story();
        }
        StoryLine original = duplicateOf == null ? null : byId.get(duplicateOf);
        count(traits, 1);
        String story;
        try {
            story = original != null ? original.story() : bestStory(traits);
            appender.append(new StoryLine(story, traits).format(), true);
        } catch (IOException | RuntimeException e) {
            count(traits, -1);
            wording.remove(traits.id());
            throw e instanceof RuntimeException r
                    ? r
                    : new WartaException("cannot append to story file " + file + ": " + e, e);
        }
        byId.put(traits.id(), new StoryLine(story, traits));
        return story;
    }

    /** Counts the article's name parts in (1) or out (-1) of the frequencies. */
    private void count(StoryTraits traits, int by) {
        for (String part : traits.names().keySet()) {
            frequencies.merge(part, by, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /** The story an article was placed in, or null. */
    public synchronized String storyOf(String id) {
        StoryLine line = byId.get(id);
        return line == null ? null : line.story();
    }

    /** The story to join, over the articles placed and this one (already counted in the frequencies). */
    private String bestStory(StoryTraits traits) {
        Linker linker = new Linker(rules, NameWeights.over(frequencies, byId.size() + 1), wording);
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Boolean> apart = new HashMap<>();
        for (StoryLine line : byId.values()) {
            Link link = linker.link(traits, line.traits());
            double[] sum = sums.computeIfAbsent(line.story(), s -> new double[2]);
            sum[0] += link.score();
            sum[1]++;
            if (link.apart()) {
                apart.put(line.story(), true);
            }
        }
        String best = null;
        double bestAverage = rules.threshold();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double average = e.getValue()[0] / e.getValue()[1];
            if (!apart.containsKey(e.getKey()) && (average > bestAverage || best == null && average == bestAverage)) {
                best = e.getKey();
                bestAverage = average;
            }
        }
        return best != null ? best : Story.idOf(traits.id());
    }

    private void read() throws IOException {
        TornTail.repair(file, channel, StoryBook::isLine);
        // Not closed: that would close the channel.
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Channels.newInputStream(channel.position(0)), StandardCharsets.UTF_8));
        int number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                StoryLine line = StoryLine.parse(text);
                if (byId.putIfAbsent(line.traits().id(), line) == null) {
                    count(line.traits(), 1);
                }
            } catch (IllegalArgumentException e) {
                log.warn("{}:{}: skipped, not a story line: {}", file, number, e.getMessage());
            }
        }
    }

    private static boolean isLine(String text) {
        try {
            StoryLine.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new WartaException("cannot close story file " + file + ": " + e, e);
        }
    }
}
