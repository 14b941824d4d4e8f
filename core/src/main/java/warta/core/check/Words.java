package warta.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level evidence for telling Indonesian from English without a dictionary: closed-class
 * (function) words of each language, which make up a third or more of running text and rarely
 * collide across the two, and Indonesian affixes that English words almost never show
 * ({@code -nya}, {@code -kan}, {@code -lah}, {@code meng-}/{@code meny-}, reduplication such as
 * {@code barang-barang}). Stateless and thread-safe.
 */
final class Words {

    /** A word: letters, with inner apostrophes or hyphens ("don't", "barang-barang"). */
    /** Letters, joined by apostrophes or hyphens; the repeat is possessive, so it cannot recurse deep. */
    private static final Pattern WORD = Pattern.compile("\\p{L}++(?:['’-]\\p{L}++)*+");

    static final Set<String> INDONESIAN = words(
            "yang",
            "dan",
            "di",
            "ke",
            "dari",
            "untuk",
            "dengan",
            "pada",
            "ini",
            "itu",
            "adalah",
            "tidak",
            "akan",
            "telah",
            "sudah",
            "juga",
            "dalam",
            "oleh",
            "karena",
            "bahwa",
            "kata",
            "mereka",
            "kami",
            "saat",
            "para",
            "bisa",
            "harus",
            "lebih",
            "namun",
            "serta",
            "tersebut",
            "ia",
            "dia",
            "kita",
            "saya",
            "anda",
            "atau",
            "tetapi",
            "tapi",
            "jika",
            "kalau",
            "agar",
            "supaya",
            "sebagai",
            "secara",
            "belum",
            "masih",
            "sedang",
            "hanya",
            "pun",
            "lagi",
            "sangat",
            "banyak",
            "semua",
            "setiap",
            "bagi",
            "kepada",
            "terhadap",
            "antara",
            "hingga",
            "sampai",
            "sejak",
            "menurut",
            "seperti",
            "ada",
            "tak",
            "bukan",
            "maka",
            "ujar",
            "ungkap",
            "sebuah",
            "seorang",
            "sejumlah",
            "beberapa",
            "tahun",
            "orang",
            "baru",
            "sementara",
            "kemudian",
            "sebelum",
            "setelah",
            "selama",
            "tanpa",
            "mana",
            "apa",
            "siapa",
            "bagaimana",
            "mengapa",
            "kapan",
            "sini",
            "sana",
            "begitu",
            "yakni",
            "yaitu",
            "tengah",
            "atas",
            "bawah",
            "lalu",
            "pula",
            "saja",
            "sendiri",
            "telah",
            "dapat",
            "ujarnya",
            "katanya",
            "jelasnya",
            "tersebut",
            "kali",
            "hari",
            "bulan",
            "sekitar",
            "lain",
            "warga",
            "pihak",
            "oleh");

    static final Set<String> ENGLISH = words(
            "the",
            "a",
            "an",
            "of",
            "to",
            "in",
            "and",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "for",
            "on",
            "at",
            "by",
            "with",
            "from",
            "that",
            "this",
            "these",
            "those",
            "it",
            "its",
            "he",
            "she",
            "they",
            "we",
            "you",
            "his",
            "her",
            "their",
            "our",
            "not",
            "will",
            "would",
            "can",
            "could",
            "should",
            "may",
            "might",
            "must",
            "said",
            "says",
            "as",
            "or",
            "but",
            "which",
            "who",
            "whom",
            "whose",
            "also",
            "more",
            "than",
            "after",
            "before",
            "about",
            "into",
            "over",
            "there",
            "up",
            "out",
            "no",
            "all",
            "some",
            "other",
            "new",
            "one",
            "do",
            "does",
            "did",
            "if",
            "so",
            "such",
            "while",
            "when",
            "where",
            "what",
            "how",
            "why",
            "because",
            "under",
            "between",
            "during",
            "since",
            "until",
            "them",
            "him",
            "i",
            "my",
            "me",
            "us",
            "very",
            "most",
            "many",
            "much",
            "any",
            "each",
            "only",
            "just",
            "still",
            "yet",
            "then",
            "here",
            "through",
            "against",
            "without",
            "within",
            "people",
            "year",
            "years",
            "told",
            "according",
            "would",
            "been",
            "same",
            "both");

    private static final Pattern INDONESIAN_AFFIX =
            Pattern.compile("\\p{L}{3,}(?:nya|kan|lah)|(?:meng|meny|mem|men|peng|peny)\\p{L}{3,}(?:kan|an|i)|"
                    + "(?:ber|ter|di|ke|per|se)\\p{L}{3,}(?:kan|nya)|(\\p{L}{2,})-\\1\\p{L}*");

    private Words() {}

    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }

    /** A word and where it stands in the text. */
    record Token(String text, int start, int end) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        boolean lowercase() {
            return Character.isLowerCase(text.codePointAt(0));
        }
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    static boolean isEnglishFunctionWord(String word) {
        return ENGLISH.contains(word.toLowerCase(Locale.ROOT));
    }

    /** An Indonesian function word or a word with an Indonesian affix, in any case. */
    static boolean isIndonesianEvidence(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ENGLISH.contains(lower)) {
            return false;
        }
        return INDONESIAN.contains(lower) || INDONESIAN_AFFIX.matcher(lower).matches();
    }
}
