package warta.core.model.embedded.store;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what a download reported, for assertions. */
final class RecordingListener implements DownloadListener {

    final List<long[]> starts = new CopyOnWriteArrayList<>();
    final List<long[]> progress = new CopyOnWriteArrayList<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    final List<String> verified = new CopyOnWriteArrayList<>();
    final List<String> unverified = new CopyOnWriteArrayList<>();

    @Override
    public void started(URI url, long done, long total) {
        starts.add(new long[] {done, total});
    }

    @Override
    public void progress(long done, long total) {
        progress.add(new long[] {done, total});
    }

    @Override
    public void notice(String message) {
        notices.add(message);
    }

    @Override
    public void verified(String sha256, String source) {
        verified.add(source + ": " + sha256);
    }

    @Override
    public void unverified(String sha256) {
        unverified.add(sha256);
    }
}
