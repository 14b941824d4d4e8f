package warta.cli;

import java.io.PrintWriter;
import java.net.URI;
import warta.core.model.embedded.store.Bytes;
import warta.core.model.embedded.store.DownloadListener;

/**
 * Says on stderr, before the first byte, what model is being downloaded, from where and how big,
 * then shows the download as {@code warta models pull} does. Nothing is printed when the model is
 * already in the cache.
 */
final class FirstUseDownload implements DownloadListener {

    private final PrintWriter err;
    private final boolean terminal;
    private ModelsPullProgress progress;

    FirstUseDownload(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(URI url, long done, long total) {
        if (progress == null) {
            err.println("warta: downloading the model from " + url.getHost() + " (" + Bytes.format(total)
                    + (done > 0 ? ", resuming after " + Bytes.format(done) : "") + "), once; "
                    + "--offline never downloads, 'warta models list' shows the choices");
            err.flush();
            progress = ModelsPullProgress.of(err, "model", terminal, false);
        }
        progress.started(url, done, total);
    }

    @Override
    public void progress(long done, long total) {
        if (progress != null) {
            progress.progress(done, total);
        }
    }

    @Override
    public void notice(String message) {
        err.println("warta: " + message);
        err.flush();
    }

    @Override
    public void verified(String sha256, String source) {
        if (progress != null) {
            progress.verified(sha256, source);
            progress.close();
        }
    }

    @Override
    public void unverified(String sha256) {
        if (progress != null) {
            progress.unverified(sha256);
            progress.close();
        }
    }
}
