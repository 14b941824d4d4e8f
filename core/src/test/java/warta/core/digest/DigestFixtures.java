package warta.core.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Short invented Indonesian articles about three events: a flood in March, an earthquake in June, a book fair in September. */
final class DigestFixtures {

    /** Antara on the flood: 5 dead. */
    static final String FLOOD_ANTARA = """
            Banjir Rendam Ribuan Rumah di Bekasi
            Antara • 5 Maret 2024 10:00
            Bekasi (ANTARA) - Banjir merendam 1.200 rumah warga di Kecamatan Bekasi Timur pada Senin (4/3/2024). Wali Kota Bekasi Tri Adhianto mengatakan 5 orang meninggal dunia akibat banjir tersebut. Pemerintah Kota Bekasi membuka 12 posko pengungsian bagi warga terdampak.

            Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi menurunkan 40 petugas untuk mengevakuasi warga. Hujan deras mengguyur wilayah itu sejak Minggu malam.
            """;

    /** Kompas on the same flood: 7 dead. */
    static final String FLOOD_KOMPAS = """
            Banjir Bekasi, Tujuh Warga Meninggal
            Kompas • 5 Maret 2024 12:30
            BEKASI, KOMPAS - Banjir melanda Kecamatan Bekasi Timur, Kota Bekasi, pada Senin (4/3/2024). Wali Kota Bekasi Tri Adhianto menyebutkan 7 orang meninggal dunia akibat banjir itu. Sebanyak 1.200 rumah warga terendam air setinggi satu meter.

            BPBD Kota Bekasi mengerahkan perahu karet untuk evakuasi warga. Posko pengungsian dibuka di kantor kelurahan.
            """;

    static final String QUAKE = """
            Gempa Magnitudo 5,1 Guncang Garut
            Detik • 12 Juni 2024 08:15
            Garut - Gempa bermagnitudo 5,1 mengguncang Kabupaten Garut, Jawa Barat, pada Selasa (11/6/2024) malam. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan gempa tidak berpotensi tsunami. Sebanyak 30 rumah warga mengalami rusak ringan.
            """;

    static final String FAIR = """
            Pameran Buku Yogyakarta Dibuka
            Tempo • 20 September 2024 15:00
            Yogyakarta - Pameran buku internasional dibuka di Jogja Expo Center pada Kamis (19/9/2024). Panitia menyebutkan 150 penerbit dari 12 negara ikut serta. Pameran berlangsung hingga 29 September 2024.
            """;

    private DigestFixtures() {}

    /** The four articles as files in {@code dir}, the September one first, so the order is not the timeline's. */
    static List<String> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a-fair.txt"), FAIR);
        Files.writeString(dir.resolve("b-flood-antara.txt"), FLOOD_ANTARA);
        Files.writeString(dir.resolve("c-quake.txt"), QUAKE);
        Files.writeString(dir.resolve("d-flood-kompas.txt"), FLOOD_KOMPAS);
        return List.of(
                dir.resolve("a-fair.txt").toString(),
                dir.resolve("b-flood-antara.txt").toString(),
                dir.resolve("c-quake.txt").toString(),
                dir.resolve("d-flood-kompas.txt").toString());
    }
}
