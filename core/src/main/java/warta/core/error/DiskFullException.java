package warta.core.error;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A write failed because the disk is full (ENOSPC) or the owner's disk quota is spent (EDQUOT).
 * Neither the input nor the output folder is at fault, and the same work succeeds once space is
 * freed: a batch stops on it instead of recording its articles as failed, and is run again. The
 * message is one line, {@code no space left on device writing DIR}; a front end that must not show
 * its paths uses {@link #reason()} alone. Made by {@link warta.core.files.FileErrors#diskFull}.
 */
public final class DiskFullException extends OutputException {

    private final String reason;
    private final transient Path dir;

    /**
     * @param reason what the system said, in words: {@code no space left on device} or {@code disk quota exceeded}
     * @param dir the folder being written
     */
    public DiskFullException(String reason, Path dir, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + " writing " + Objects.requireNonNull(dir, "dir"), cause);
        this.reason = reason;
        this.dir = dir;
    }

    /** What the system said, without the folder: {@code no space left on device} or {@code disk quota exceeded}. */
    public String reason() {
        return reason;
    }

    /** The folder being written. */
    public Path dir() {
        return dir;
    }
}
