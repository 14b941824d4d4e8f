package warta.server;

import java.util.List;
import java.util.Map;

/**
 * Three made-up Indonesian articles for digest tests: two outlets report the same park opening in
 * Bandung on Monday 6 May 2024, a third a library opening in Surabaya months later.
 */
public final class DigestArticles {

    public static final String PARK_ANTARA = """
            Bandung (ANTARA) - Pemerintah Kota Bandung membuka Taman Cibeunying pada Senin, 6 Mei 2024. \
            Taman seluas dua hektare itu dilengkapi jalur sepeda dan kolam resapan.

            Wali Kota Bandung Yana Mulyana mengatakan taman tersebut menambah ruang terbuka hijau kota.
            """;

    public static final String PARK_KOMPAS = """
            BANDUNG, KOMPAS.com - Wali Kota Bandung Yana Mulyana meresmikan Taman Cibeunying pada Senin, \
            6 Mei 2024. Taman dua hektare itu memiliki jalur sepeda dan kolam resapan.

            Pembangunan Taman Cibeunying menghabiskan anggaran sekitar Rp5 miliar.
            """;

    public static final String LIBRARY = """
            Surabaya (ANTARA) - Pemerintah Kota Surabaya meresmikan perpustakaan umum baru di kawasan \
            Tegalsari pada Rabu, 11 September 2024. Gedung tiga lantai itu menyimpan sekitar 20.000 buku.

            Kepala Dinas Perpustakaan Surabaya mengatakan perpustakaan itu buka setiap hari hingga malam.
            """;

    private DigestArticles() {}

    /** The three as the body's {@code articles}, with ids. */
    public static List<Map<String, String>> all() {
        return List.of(
                Map.of("id", "taman-antara", "text", PARK_ANTARA),
                Map.of("id", "taman-kompas", "text", PARK_KOMPAS),
                Map.of("id", "perpustakaan", "text", LIBRARY));
    }
}
