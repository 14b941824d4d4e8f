package warta.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import warta.core.daily.DailyDigests;
import warta.core.digest.DigestListener;
import warta.core.error.WartaException;

/**
 * {@code batch --watch --digest daily} after a poll: the digest of each day that got new articles,
 * written through {@link DailyDigests}, one line each on stderr (where it is; that its checks
 * failed). A day that cannot be digested is one line, and the watch goes on: the next poll that
 * adds to that day tries again.
 */
final class DailyDigestReport {

    private DailyDigestReport() {}

    /**
     * @param processed the ids of the articles the poll processed
     * @param quiet whether to leave out the lines of digests written (failures are always said)
     */
    static void write(DailyDigests digests, Set<String> processed, PrintWriter err, boolean quiet, boolean verbose) {
        if (processed.isEmpty()) {
            return;
        }
        try {
            for (Map.Entry<LocalDate, List<String>> day :
                    digests.daysOf(processed).entrySet()) {
                write(digests, day.getKey(), day.getValue(), err, quiet, verbose);
            }
        } catch (WartaException e) {
            fail(err, "warta: daily digests: " + e.getMessage(), e, verbose);
        }
    }

    private static void write(
            DailyDigests digests, LocalDate day, List<String> ids, PrintWriter err, boolean quiet, boolean verbose) {
        try {
            DailyDigests.Written written = digests.write(day, ids, DigestListener.NONE);
            int findings = written.digest().checks().findings().size();
            if (!quiet || findings > 0) {
                err.println("warta: digest of " + day + " (" + ids.size() + (ids.size() == 1 ? " article" : " articles")
                        + ") in " + written.markdown()
                        + (written.digest().checks().passed()
                                ? ""
                                : "; checks failed: " + findings + " findings, listed in " + written.json()));
            }
        } catch (WartaException e) {
            fail(err, "warta: digest of " + day + " failed: " + e.getMessage(), e, verbose);
        }
        err.flush();
    }

    private static void fail(PrintWriter err, String line, Exception e, boolean verbose) {
        err.println(line);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
