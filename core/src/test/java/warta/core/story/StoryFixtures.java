package warta.core.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import warta.core.Warta;
import warta.core.article.Article;
import warta.core.article.Source;

/**
 * Short invented Indonesian articles: three reports of one event (a bridge falls in Malang) from
 * three outlets in different words; two reports of a minister's market visit in February and one
 * of the same people at the same market in July (another event); and two unrelated articles.
 */
public final class StoryFixtures {

    public static final String BRIDGE_1 = "Jembatan Gantung Wonoagung Putus\n\n"
            + "Kabar Malang • 8 Maret 2024 09:10\n\n"
            + "Malang: Jembatan gantung yang menghubungkan Desa Wonoagung dan Desa Sumberejo di Kabupaten Malang"
            + " putus pada Kamis sore. Tujuh warga yang sedang melintas jatuh ke Sungai Lesti.\n\n"
            + "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Malang Sadono Irawan mengatakan lima"
            + " korban sudah dievakuasi ke Puskesmas Tirtoyudo. Dua orang masih dicari tim SAR gabungan.\n\n"
            + "\"Tali baja jembatan diduga berkarat dan tidak kuat menahan beban,\" kata Sadono.";
    public static final String BRIDGE_2 = "Tim SAR Cari Dua Warga yang Hanyut\n\n"
            + "MALANG, Warta Timur - Tim SAR gabungan masih mencari dua warga Desa Wonoagung yang hanyut di"
            + " Sungai Lesti setelah jembatan gantung putus, Kamis (7/3/2024). Pencarian dilanjutkan pagi ini.\n\n"
            + "Menurut Sadono Irawan dari BPBD Kabupaten Malang, jembatan sepanjang 60 meter itu dibangun pada"
            + " 2009. Korban selamat dirawat di Puskesmas Tirtoyudo.\n\n"
            + "Bupati Malang Hendra Wijaya meminta semua jembatan gantung di wilayahnya diperiksa.";
    public static final String BRIDGE_3 = "Malang, 7 Maret 2024 – Sebuah jembatan gantung di Kecamatan Tirtoyudo ambruk"
            + " dan tujuh orang terjatuh ke sungai. Peristiwa terjadi sekitar pukul 16.00 WIB.\n\n"
            + "BPBD Kabupaten Malang menyebut korban adalah warga Wonoagung dan Sumberejo yang pulang dari pasar."
            + " Bupati Hendra Wijaya mengunjungi lokasi pada malam harinya.";
    public static final String MARKET_1 = "Solo, 12 Februari 2024 – Menteri Perdagangan Rina Kusumawati meninjau harga"
            + " beras di Pasar Gede, Solo. Ia didampingi Wali Kota Solo Bagas Pratama.\n\n"
            + "Rina mengatakan pasokan beras dari Perum Bulog akan ditambah pekan ini. \"Harga harus turun"
            + " sebelum Ramadan,\" kata Rina.";
    public static final String MARKET_2 = "Berita Surakarta • 13 Februari 2024 08:00\n\n"
            + "Surakarta: Wali Kota Bagas Pratama menyambut kunjungan Menteri Perdagangan Rina Kusumawati ke"
            + " Pasar Gede pada Senin. Keduanya berbincang dengan pedagang beras.\n\n"
            + "Menurut Bagas, harga beras medium di Solo mencapai Rp14.500 per kilogram. Perum Bulog berjanji"
            + " menggelar operasi pasar.";
    public static final String MARKET_JULY = "Solo, 20 Juli 2024 – Menteri Perdagangan Rina Kusumawati kembali ke Pasar"
            + " Gede, Solo, untuk meresmikan los pedagang yang baru dipugar bersama Wali Kota Solo Bagas"
            + " Pratama.\n\n"
            + "Rina mengatakan harga beras kini stabil berkat pasokan Perum Bulog. Bagas berterima kasih atas"
            + " bantuan pemerintah pusat.";
    public static final String FOOTBALL =
            "Persebaya Surabaya mengalahkan Arema FC dengan skor 2-1 di Stadion Gelora Bung"
                    + " Tomo. Gol kemenangan dicetak Bruno Moreira pada menit ke-88.\n\n"
                    + "Pelatih Paul Munster memuji semangat para pemain meski bermain dengan sepuluh orang.";
    public static final String CHILI = "Harga cabai rawit di pasar tradisional naik menjadi Rp80.000 per kilogram"
            + " menjelang Lebaran.\n\n"
            + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras selama dua pekan.";

    static final Map<String, String> ALL = all();

    private static final Warta WARTA = Warta.builder().build();

    private StoryFixtures() {}

    private static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("bridge-1", BRIDGE_1);
        all.put("market-1", MARKET_1);
        all.put("football", FOOTBALL);
        all.put("bridge-2", BRIDGE_2);
        all.put("market-july", MARKET_JULY);
        all.put("chili", CHILI);
        all.put("market-2", MARKET_2);
        all.put("bridge-3", BRIDGE_3);
        return all;
    }

    static StoryTraits traits(String id, String text) {
        return StoryTraits.of(id, WARTA.prepare(Article.text(Source.file(id + ".txt"), text)));
    }

    static List<StoryTraits> traits(Map<String, String> articles) {
        return articles.entrySet().stream()
                .map(e -> traits(e.getKey(), e.getValue()))
                .toList();
    }
}
