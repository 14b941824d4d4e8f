package warta.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final String INDONESIAN_1 =
            "Pemerintah Provinsi Jawa Barat menyiapkan dana untuk memperbaiki tanggul yang jebol di Bekasi.";
    private static final String INDONESIAN_2 =
            "Gubernur mengatakan perbaikan ditargetkan selesai sebelum puncak musim hujan berikutnya.";
    private static final String ENGLISH_1 =
            "The provincial government of West Java has set aside funds to repair the broken levee in Bekasi.";
    private static final String ENGLISH_2 =
            "The governor said the repairs should be finished before the next peak of the rainy season.";

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void should_identify_indonesian_news() {
        Language language = detector.detect(List.of(INDONESIAN_1, INDONESIAN_2));
        assertThat(language.code()).isEqualTo("id");
        assertThat(language.confidence()).isEqualTo(1.0);
    }

    @Test
    void should_identify_english_so_it_can_be_skipped() {
        assertThat(detector.detect(ENGLISH_1 + "\n" + ENGLISH_2).code()).isEqualTo("en");
    }

    @Test
    void should_give_the_share_of_the_text_as_confidence_when_mixed() {
        Language language = detector.detect(List.of(INDONESIAN_1, ENGLISH_1, INDONESIAN_2));
        assertThat(language.code()).isEqualTo("id");
        assertThat(language.confidence()).isCloseTo(0.65, within(0.1));
    }

    @Test
    void should_tell_malaysian_malay_apart() {
        assertThat(detector.detect(
                                "Kerajaan Malaysia akan melaksanakan dasar baharu untuk membantu rakyat yang terjejas "
                                        + "akibat banjir di negeri Kelantan dan Terengganu minggu ini.")
                        .code())
                .isEqualTo("ms");
    }

    @Test
    void should_be_undetermined_on_too_little_text() {
        assertThat(detector.detect("Jakarta (3/3).")).isEqualTo(Language.undetermined());
        assertThat(detector.detect(List.of())).isEqualTo(Language.undetermined());
    }

    @Test
    void should_read_the_model_as_opennlp_reads_it() throws IOException {
        LanguageDetectorModel opennlp;
        try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            opennlp = new LanguageDetectorModel(in);
        }
        LanguageDetectorME theirs = new LanguageDetectorME(opennlp);
        LanguageDetectorME ours = new LanguageDetectorME(LanguageDetector.model());
        for (String text : List.of(INDONESIAN_1, INDONESIAN_2, ENGLISH_1, "Selamat pagi, apa kabar?", "a")) {
            assertThat(describe(ours.predictLanguages(text)))
                    .as(text)
                    .isEqualTo(describe(theirs.predictLanguages(text)));
        }
    }

    @Test
    void should_detect_the_same_after_a_load_in_the_background() {
        LanguageDetector.loadInBackground();
        LanguageDetector.loadInBackground();
        assertThat(detector.detect(List.of(INDONESIAN_1, INDONESIAN_2)).code()).isEqualTo("id");
    }

    private static List<String> describe(opennlp.tools.langdetect.Language[] ranked) {
        return Arrays.stream(ranked)
                .map(l -> l.getLang() + "=" + l.getConfidence())
                .toList();
    }
}
