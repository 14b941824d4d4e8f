package warta.core.lang;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Identifies the language of an article with Apache OpenNLP's language-detection model (103
 * languages). The model is loaded once per process, on first use, from the classpath.
 *
 * <p>Each paragraph of the article's opening (about {@value #SAMPLE_CHARS} characters) is
 * classified on its own and the article's language is the one that most of those letters are
 * written in; the confidence is that share of letters (1.0 for an article all in
 * one language, about 0.5 for one that is half English). Paragraphs with fewer than
 * {@value #MIN_LETTERS} letters do not vote, and an article with no voting paragraph is
 * {@link Language#undetermined()}.
 *
 * <p>Indonesian is close to Malay, Sundanese and Javanese, and the model confuses them on short
 * paragraphs; when one of those wins a paragraph and Indonesian is the runner-up within
 * {@value #CLOSE_CALL}, Indonesian wins: Warta reads the Indonesian press.
 *
 * <p>Thread-safe: each call builds a fresh detector over the shared, immutable model.
 */
public final class LanguageDetector {

    static final int MIN_LETTERS = 20;
    static final double CLOSE_CALL = 0.25;
    /** Paragraphs are read until this many characters are in: enough for a sure answer, and cheap. */
    static final int SAMPLE_CHARS = 1_500;

    private static final String MODEL = "/langdetect-183.bin";
    private static final String ENTRY = "langdetect.model";
    private static final int BUFFER = 1 << 16;
    private static final Set<String> NEIGHBOURS_OF_INDONESIAN = Set.of("msa", "zlm", "zsm", "may", "sun", "jav");
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();
    private static final AtomicBoolean LOADING = new AtomicBoolean();

    /** Detects the language of a whole text, split into paragraphs at line breaks. */
    public Language detect(String text) {
        return detect(List.of(text.split("\\n+")));
    }

    /**
     * Detects the language of an article given as paragraphs. Paragraphs are read in order until
     * {@value #SAMPLE_CHARS} characters have been read (the paragraph that crosses the mark is read
     * whole, up to twice the mark): an article's opening tells its language, and detection costs in proportion to text.
     */
    public Language detect(List<String> paragraphs) {
        LanguageDetectorME detector = new LanguageDetectorME(model());
        Map<String, Long> letters = new HashMap<>();
        long total = 0;
        int read = 0;
        for (String whole : paragraphs) {
            if (read >= SAMPLE_CHARS) {
                break;
            }
            String paragraph = whole.length() > 2 * SAMPLE_CHARS ? whole.substring(0, 2 * SAMPLE_CHARS) : whole;
            long count = paragraph.codePoints().filter(Character::isLetter).count();
            if (count < MIN_LETTERS) {
                continue;
            }
            read += paragraph.length();
            letters.merge(best(detector.predictLanguages(paragraph)), count, Long::sum);
            total += count;
        }
        if (total == 0) {
            return Language.undetermined();
        }
        Map.Entry<String, Long> winner = Collections.max(letters.entrySet(), Map.Entry.comparingByValue());
        return new Language(toIso1(winner.getKey()), (double) winner.getValue() / total);
    }

    private static String best(opennlp.tools.langdetect.Language[] ranked) {
        opennlp.tools.langdetect.Language first = ranked[0];
        if (ranked.length > 1
                && NEIGHBOURS_OF_INDONESIAN.contains(first.getLang())
                && ranked[1].getLang().equals("ind")
                && first.getConfidence() - ranked[1].getConfidence() < CLOSE_CALL) {
            return "ind";
        }
        return first.getLang();
    }

    private static boolean isMalay(String code) {
        return code.equals("zlm") || code.equals("zsm") || code.equals("msa") || code.equals("may");
    }

    static String toIso1(String iso3) {
        if (isMalay(iso3)) {
            return "ms";
        }
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.of(iso1).getISO3Language(), iso1);
        }
        map.put("ind", "id");
        map.put("heb", "he");
        map.put("yid", "yi");
        map.put("cmn", "zh");
        return Map.copyOf(map);
    }

    /**
     * Starts loading the model on a background thread, so that what a command does before its first
     * {@link #detect} (reading and cleaning the article, loading the token vocabulary) overlaps with
     * the load, which takes most of a second: a short command on two cores finishes sooner. Only the
     * first call starts a thread; {@code detect} waits for the load, or loads the model itself when
     * nothing started it. A load that fails here fails again, with its cause, in {@code detect}.
     */
    public static void loadInBackground() {
        if (LOADING.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("warta-language-model").start(() -> {
                try {
                    Model.load(); // initialises the holder class
                } catch (RuntimeException | LinkageError e) {
                    // detect() reports it: the holder's initialisation failed for every caller
                }
            });
        }
    }

    /** The shared model, loaded on first use (or waited for, when a background load has it). */
    static LanguageDetectorModel model() {
        return Model.INSTANCE;
    }

    /** The model, loaded on first use (class initialisation is lazy and thread-safe). */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = read();

        /** Does nothing but make sure the class, and so the model, is initialised. */
        static void load() {}

        private static LanguageDetectorModel read() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
                }
                return new LanguageDetectorModel(maxent(in), Map.of(), new LanguageDetectorFactory());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load language model " + MODEL, e);
            }
        }

        /**
         * The model's maximum-entropy part, from the packaged model (a zip whose other entries are
         * its manifest, naming the default factory, and licence texts). Read through buffers:
         * OpenNLP's own loader reads it a few bytes at a time from the inflater, which makes
         * loading about a third slower.
         */
        private static MaxentModel maxent(InputStream packaged) throws IOException {
            ZipInputStream zip = new ZipInputStream(new BufferedInputStream(packaged, BUFFER));
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(ENTRY)) {
                    return new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(zip, BUFFER)))
                            .getModel();
                }
            }
            throw new IllegalStateException("language model " + MODEL + " has no " + ENTRY);
        }
    }
}
