package warta.core.clean;

import java.util.List;

/**
 * The boilerplate of Indonesian news sites, as whole-paragraph rules. A rule matches only a
 * paragraph that is nothing but boilerplate: "TERKAIT" alone is a heading, while "Terkait hal
 * itu, pemerintah ..." is a sentence and never matches.
 */
public final class BoilerplateRules {

    /** Words that introduce a link to another story: "Baca juga:", "SIMAK JUGA", "Lihat Juga". */
    static final String RELATED_PREFIX =
            "(?:baca|simak|lihat|tonton|saksikan|cek)[ _]+(?:juga|pula|selengkapnya)|baca[ _]+artikel[ _]+(?:lainnya|terkait)";

    private static final List<BoilerplateRule> INDONESIAN_NEWS = List.of(
            BoilerplateRule.of(
                    "related-heading",
                    "(?:berita|artikel|topik|video|foto)?\\s*(?:terkait|lainnya|terpopuler|terkini|pilihan|rekomendasi)"
                            + "(?:\\s+(?:untuk\\s+anda|lainnya))?\\s*:?",
                    Removal.BOILERPLATE),
            BoilerplateRule.of("related-bare", "(?:" + RELATED_PREFIX + ")\\s*:?", Removal.RELATED_LINK),
            BoilerplateRule.of("follow-us", "(?:follow|ikuti)\\s+(?:us|kami)\\b.{0,80}", Removal.PROMOTION),
            BoilerplateRule.of(
                    "social-media",
                    "ikuti\\s+(?:(?:akun\\s+)?media\\s+sosial|instagram|twitter|facebook|tiktok|whatsapp|saluran|channel)\\b.{0,160}",
                    Removal.PROMOTION),
            BoilerplateRule.of(
                    "google-news",
                    "(?:cek|simak|baca|ikuti)\\s+berita(?:\\s+dan\\s+artikel)?\\s+(?:(?:yang|yg)\\s+)?lain(?:nya)?\\s+di"
                            + "(?:\\s+google\\s+news)?\\.?"
                            + "|google\\s+news"
                            // an invitation to follow the outlet there, however long its tail:
                            // "Yuk, ikuti juga berita terkini kami di Google News, klik di sini."
                            + "|(?:yuk,?\\s+|jangan\\s+lupa,?\\s+|mari\\s+)?"
                            + "(?:cek|simak|baca|ikuti|follow|gabung|bergabung|klik|dapatkan|pantau|kunjungi|update)\\b"
                            + ".{0,160}\\bgoogle\\s+news\\b.{0,160}",
                    Removal.PROMOTION),
            BoilerplateRule.of(
                    "share",
                    "(?:share|bagikan|bagikan\\s+artikel(?:\\s+ini)?|share\\s+this(?:\\s+article)?|tweet|copy\\s+link|salin\\s+tautan)"
                            + "(?:\\s*:)?(?:\\s+(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|email|e-mail))*",
                    Removal.PROMOTION),
            BoilerplateRule.of(
                    "subscribe",
                    "(?:subscribe|berlangganan|langganan|daftar(?:kan)?\\s+(?:diri|email)|dapatkan\\s+(?:update|berita|notifikasi|informasi))\\b.{0,160}",
                    Removal.PROMOTION),
            BoilerplateRule.of(
                    "publisher-blurb",
                    "\\S+\\.(?:com|id|net|co\\.id|org)\\s+adalah\\s+(?:portal|situs|media)\\s+berita\\b.*",
                    Removal.PROMOTION,
                    1_000),
            BoilerplateRule.of(
                    "page-furniture",
                    "comments?|komentar|loading(?:\\.\\.\\.|…)?|memuat(?:\\.\\.\\.|…)?|forum|advertisement|iklan|ads|"
                            + "scroll\\s+(?:to\\s+continue|untuk\\s+melanjutkan)(?:\\s+with\\s+content)?|"
                            + "(?:gulir|scroll)\\s+ke\\s+bawah(?:\\s+untuk\\s+melanjutkan)?|"
                            + "(?:tutup|close)\\s+(?:iklan|ad)|halaman(?:\\s+selanjutnya)?|next\\s+page|"
                            + "(?:\\d+\\s+)?(?:komentar|comments?)|(?:lihat\\s+)?(?:semua\\s+)?komentar",
                    Removal.BOILERPLATE),
            BoilerplateRule.of("separator", "[*\\-_=~•·#]{3,}|(?:[*•·]\\s*){3,}", Removal.BOILERPLATE));

    private BoilerplateRules() {}

    /** The rules for Indonesian news pages; the list is immutable. */
    public static List<BoilerplateRule> indonesianNews() {
        return INDONESIAN_NEWS;
    }
}
