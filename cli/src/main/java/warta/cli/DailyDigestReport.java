package warta.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import warta.core.daily.DailyDigests;
import warta.core.digest.DigestListener;
import warta.core.error.WartaException;

/**
 * {@code batch --watch --digest daily} after a poll: the digest of each day that is due ({@link
 * DailyDigests#staleDays}: new or changed articles, a missing or partial digest), written through
 * {@link DailyDigests}, one line each on stderr (where it is; that its checks failed), with a line
 * for each article left out. A day that cannot be digested, whatever the failure, is one line, and
 * the watch goes on: the next poll tries that day again. A stop is looked at before each day.
 */
final class DailyDigestReport {

    private DailyDigestReport() {}

    /**
     * @param stop whether the watch was told to stop (then no further day is begun)
     * @param quiet whether to leave out the lines of digests written (failures are always said)
     */
    static void write(DailyDigests digests, BooleanSupplier stop, PrintWriter err, boolean quiet, boolean verbose) {
        Map<LocalDate, List<String>> days;
        try {
            days = digests.staleDays(line -> err.println("warta: " + line));
        } catch (RuntimeException e) {
            fail(err, "warta: daily digests: " + message(e), e, verbose);
            return;
        }
        err.flush();
        for (Map.Entry<LocalDate, List<String>> day : days.entrySet()) {
            if (stop.getAsBoolean()) {
                return;
            }
            write(digests, day.getKey(), day.getValue(), stop, err, quiet, verbose);
        }
    }

    private static void write(
            DailyDigests digests,
            LocalDate day,
            List<String> ids,
            BooleanSupplier stop,
            PrintWriter err,
            boolean quiet,
            boolean verbose) {
        try {
            DailyDigests.Written written = digests.write(day, ids, DigestListener.NONE);
            written.problems().forEach(line -> err.println("warta: digest of " + day + ": " + line));
            int findings = written.digest().checks().findings().size();
            if (!quiet || findings > 0) {
                int n = written.digest().sources().size();
                err.println("warta: digest of " + day + " (" + n + (n == 1 ? " article" : " articles") + ") in "
                        + written.markdown()
                        + (written.digest().checks().passed()
                                ? ""
                                : "; checks failed: " + findings + " findings, listed in " + written.json()));
            }
        } catch (RuntimeException e) {
            if (stop.getAsBoolean()) {
                fail(err, "warta: digest of " + day + " stopped; the next watch tries it again", e, verbose);
            } else {
                fail(err, "warta: digest of " + day + " failed: " + message(e), e, verbose);
            }
        }
        err.flush();
    }

    private static String message(RuntimeException e) {
        return e instanceof WartaException && e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static void fail(PrintWriter err, String line, Exception e, boolean verbose) {
        err.println(line);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
