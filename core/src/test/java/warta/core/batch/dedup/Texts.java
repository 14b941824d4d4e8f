package warta.core.batch.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short Indonesian news texts written for these tests, and ways to edit them. */
final class Texts {

    static final String FLOOD = String.join(
            "\n\n",
            "Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Bekasi, Jawa Barat, pada Senin "
                    + "pagi setelah hujan deras mengguyur wilayah itu sejak Minggu malam.",
            "Kepala Badan Penanggulangan Bencana Daerah setempat mengatakan ketinggian air mencapai satu "
                    + "meter di beberapa titik dan sekitar 400 warga terpaksa mengungsi ke masjid dan balai desa.",
            "Petugas gabungan dari kepolisian, tentara dan relawan mengerahkan perahu karet untuk "
                    + "mengevakuasi warga lanjut usia, anak-anak dan ibu hamil yang masih bertahan di rumah.",
            "Menurut dia, tanggul Sungai Cikarang yang jebol sepanjang dua puluh meter menjadi penyebab "
                    + "utama air meluap ke permukiman warga dalam waktu singkat.",
            "Pemerintah daerah telah menyiapkan dapur umum dan membagikan makanan siap saji, selimut serta "
                    + "obat-obatan kepada para pengungsi sambil menunggu air surut.",
            "Warga berharap perbaikan tanggul segera dilakukan agar banjir serupa tidak terulang saat "
                    + "puncak musim hujan bulan depan.");

    static final String MARKET = String.join(
            "\n\n",
            "Indeks Harga Saham Gabungan ditutup menguat tipis pada perdagangan Selasa sore, didorong oleh "
                    + "pembelian saham perbankan oleh investor asing.",
            "Analis sebuah perusahaan sekuritas menilai pasar masih menunggu keputusan bank sentral soal "
                    + "suku bunga acuan yang akan diumumkan pekan ini.",
            "Nilai tukar rupiah terhadap dolar Amerika Serikat juga bergerak stabil di kisaran yang sama "
                    + "dengan penutupan hari sebelumnya.",
            "Saham sektor teknologi justru melemah setelah beberapa perusahaan melaporkan laba kuartalan "
                    + "yang lebih rendah dari perkiraan pasar.");

    private Texts() {}

    static List<String> paragraphs(String text) {
        return List.of(text.split("\n\n"));
    }

    static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    static String withoutParagraph(String text, int index) {
        List<String> paragraphs = new ArrayList<>(paragraphs(text));
        paragraphs.remove(index);
        return join(paragraphs);
    }

    /** {@code text} with the {@code n}th word replaced by {@code word}, counting from 0. */
    static String replaceWord(String text, int n, String word) {
        String[] words = text.split(" ", -1);
        words[n] = word;
        return String.join(" ", words);
    }

    /** Random words from a fixed vocabulary: texts that share nothing but chance. */
    static String randomWords(Random random, int count) {
        String[] vocabulary = {
            "rumah", "jalan", "warga", "kota", "harga", "pasar", "sekolah", "hujan", "kapal", "desa", "menteri",
            "polisi", "petani", "beras", "listrik", "air", "gunung", "laut", "kereta", "bandara"
        };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return text.toString().strip();
    }
}
