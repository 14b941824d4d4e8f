package warta.server;

/** Made-up Indonesian articles for the tests: short, with the boilerplate the cleaner removes. */
public final class Articles {

    /** Four paragraphs of news, a "Baca juga" link and a "TERKAIT" heading between them. */
    public static final String TEXT = """
            Bandung (ANTARA) - Pemerintah Kota Bandung membuka taman kota baru di kawasan Cibeunying pada \
            Senin pagi. Taman seluas dua hektare itu dilengkapi jalur sepeda dan kolam resapan.

            Baca juga: Warga Bandung keluhkan banjir di Jalan Pasteur

            Wali Kota Bandung mengatakan taman tersebut dibangun untuk menambah ruang terbuka hijau. \
            "Kami ingin warga punya tempat bermain yang aman," ujarnya kepada wartawan.

            TERKAIT

            Pembangunan taman menghabiskan anggaran sekitar Rp5 miliar. Pemerintah berencana membangun \
            tiga taman serupa hingga akhir tahun depan.

            Dinas Lingkungan Hidup akan merawat taman itu setiap hari. Petugas kebersihan bekerja \
            bergantian dari pagi hingga malam.
            """;

    /** The same story as a small web page. */
    public static final String HTML = """
            <!DOCTYPE html>
            <html lang="id"><head><title>Taman baru dibuka di Bandung | Kabar Contoh</title></head>
            <body>
              <nav><a href="/">Beranda</a> <a href="/kota">Kota</a></nav>
              <article>
                <h1>Taman baru dibuka di Bandung</h1>
                <p>Pemerintah Kota Bandung membuka taman kota baru di kawasan Cibeunying pada Senin pagi. \
            Taman seluas dua hektare itu dilengkapi jalur sepeda dan kolam resapan.</p>
                <p>Wali Kota Bandung mengatakan taman tersebut dibangun untuk menambah ruang terbuka hijau. \
            Warga diharapkan ikut menjaga kebersihan taman.</p>
                <p>Pembangunan taman menghabiskan anggaran sekitar Rp5 miliar. Pemerintah berencana \
            membangun tiga taman serupa hingga akhir tahun depan.</p>
              </article>
              <footer>Hak cipta Kabar Contoh</footer>
            </body></html>
            """;

    /** Nothing but boilerplate: no article text is left after cleaning. */
    public static final String ONLY_BOILERPLATE = """
            TERKAIT

            Baca juga: Warga Bandung keluhkan banjir di Jalan Pasteur
            """;

    private Articles() {}
}
