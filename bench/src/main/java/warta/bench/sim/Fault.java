package warta.bench.sim;

import java.util.Random;

/** What the server does to one admitted chat request instead of, or on top of, answering it. */
enum Fault {
    NONE,
    RATE_LIMIT,
    SERVER_ERROR,
    HANG,
    TRUNCATED;

    /**
     * Draws one fault with the given rates: a single {@code nextDouble()} per call, so a seeded
     * source gives the same sequence for the same order of requests. Synchronises on
     * {@code random}, so one source may serve all handler threads.
     */
    static Fault draw(Random random, double rate429, double rate500, double rateHang, double rateTruncated) {
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        if (r < rate429) {
            return RATE_LIMIT;
        }
        if (r < rate429 + rate500) {
            return SERVER_ERROR;
        }
        if (r < rate429 + rate500 + rateHang) {
            return HANG;
        }
        return r < rate429 + rate500 + rateHang + rateTruncated ? TRUNCATED : NONE;
    }
}
