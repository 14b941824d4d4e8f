package warta.core.digest;

import java.util.HashMap;
import java.util.Map;

/**
 * The digest's progress events, sent one at a time under a lock, so that each stage's counts
 * arrive in order, and none once the digest ended.
 */
final class Progress {

    private final DigestListener listener;
    private final Map<String, Integer> done = new HashMap<>();
    private boolean ended;

    Progress(DigestListener listener) {
        this.listener = listener;
    }

    synchronized void step(String stage, int total, String detail) {
        if (!ended) {
            listener.progress(new DigestProgress(stage, done.merge(stage, 1, Integer::sum), total, detail));
        }
    }

    synchronized void send(DigestProgress progress) {
        if (!ended) {
            listener.progress(progress);
        }
    }

    synchronized void end() {
        ended = true;
    }
}
