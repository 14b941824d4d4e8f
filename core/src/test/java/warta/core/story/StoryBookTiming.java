package warta.core.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: times {@link StoryBook#place} over a few thousand synthetic articles (name parts
 * from a vocabulary of 5,000, dates within a year, 20 sentences of 20 wording runs each), in
 * groups of three near-reports of one event, and prints the time per thousand and a checksum of
 * the stories given, so that two versions can be compared. Run with the test classpath:
 * {@code java -cp ... warta.core.story.StoryBookTiming 3000}.
 */
final class StoryBookTiming {

    private StoryBookTiming() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path dir = Files.createTempDirectory("story-book-timing");
        List<StoryTraits> all = synthetic(n, new Random(42));
        long checksum = 0;
        try (StoryBook book = StoryBook.open(dir.resolve("stories.jsonl"), StoryRules.DEFAULTS)) {
            long start = System.nanoTime();
            long lap = start;
            for (int i = 0; i < n; i++) {
                checksum = checksum * 31 + book.place(all.get(i), null).hashCode();
                if ((i + 1) % 1000 == 0) {
                    long now = System.nanoTime();
                    System.out.printf("articles %d-%d: %.1f s%n", i - 998, i + 1, (now - lap) / 1e9);
                    lap = now;
                }
            }
            System.out.printf(
                    "%d articles: %.1f s; stories checksum %x%n", n, (System.nanoTime() - start) / 1e9, checksum);
        }
    }

    private static List<StoryTraits> synthetic(int n, Random random) {
        List<StoryTraits> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Random event = new Random(i / 3);
            Map<String, String> names = new LinkedHashMap<>();
            for (int k = 0; k < 12; k++) {
                String part = "n" + event.nextInt(5000);
                names.put(part, part);
            }
            for (int k = 0; k < 8; k++) {
                String part = "n" + random.nextInt(5000);
                names.put(part, part);
            }
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(event.nextInt(365));
            List<EventDate> dates = List.of(new EventDate(day, true, "text", day.toString()));
            List<int[]> sentences = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                int[] runs = new int[20];
                for (int r = 0; r < runs.length; r++) {
                    runs[r] = s < 2 ? event.nextInt() : random.nextInt();
                }
                sentences.add(runs);
            }
            all.add(new StoryTraits("a" + i, null, null, null, day, dates, names, sentences, null));
        }
        return all;
    }
}
