package warta.core.model.embedded.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What to download and what it must look like.
 *
 * @param url where to get it (redirects are followed)
 * @param target the final path; the download is written to {@code target + ".part"} beside it
 * @param sha256 the SHA-256 it must have, 64 hex digits, or null to use the one the server announces
 * @param sizeHint the expected size in bytes for the disk-space check when the server does not
 *     say, or 0 when unknown
 * @param magic the bytes the file must start with (GGUF files: {@code "GGUF"}), or empty
 */
public record DownloadRequest(URI url, Path target, String sha256, long sizeHint, String magic) {

    public DownloadRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(target, "target");
        if (target.getFileName() == null) {
            throw new IllegalArgumentException("target must name a file, not " + target);
        }
        if (sha256 != null) {
            sha256 = sha256.toLowerCase(Locale.ROOT);
            if (!Sha256.isHex(sha256)) {
                throw new IllegalArgumentException("sha256 must be 64 hex digits, not " + sha256);
            }
        }
        if (sizeHint < 0) {
            throw new IllegalArgumentException("sizeHint must not be negative, not " + sizeHint);
        }
        magic = magic == null ? "" : magic;
    }

    /** The request for a catalogue preset, into {@code dir}. */
    public static DownloadRequest of(ModelPreset preset, Path dir) {
        return new DownloadRequest(
                preset.url(), dir.resolve(preset.fileName()), preset.sha256(), preset.sizeBytes(), "GGUF");
    }

    /** Where the bytes go until they are complete and verified. */
    public Path partFile() {
        return target.resolveSibling(target.getFileName() + ".part");
    }
}
