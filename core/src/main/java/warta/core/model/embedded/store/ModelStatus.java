package warta.core.model.embedded.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A catalogue preset and whether it is in the cache.
 *
 * @param preset the preset
 * @param path the cached file, or null when it is not downloaded
 * @param bytesOnDisk the cached file's size, or 0
 * @param partialBytes the bytes of an interrupted download waiting to be resumed, or 0
 */
public record ModelStatus(ModelPreset preset, Path path, long bytesOnDisk, long partialBytes) {

    public boolean installed() {
        return path != null;
    }

    public Optional<Path> cached() {
        return Optional.ofNullable(path);
    }
}
