package warta.core.files;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import warta.core.error.DiskFullException;

/**
 * Says why a file operation failed, in words and without the path: Java's own messages are often
 * just the path ({@code NoSuchFileException: /proc/.x.tmp}) or a decoder's "Input length = 1".
 * The one place that recognises a full disk ({@link #diskFull}).
 */
public final class FileErrors {

    /** The system's words for ENOSPC and EDQUOT, as the JDK passes them on (strerror), lower case. */
    private static final String[] DISK_FULL = {"no space left on device", "disk quota exceeded"};
    /** How far down a chain of causes to look: far enough for any wrapping, safe from a cycle. */
    private static final int MAX_CAUSES = 32;

    private FileErrors() {}

    /** The reason {@code e} gives, or one worked out from its type: "no such file or directory", "not UTF-8 text". */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f
                && f.getReason() != null
                && !f.getReason().isBlank()) {
            return f.getReason();
        }
        return switch (e) {
            case NoSuchFileException x -> "no such file or directory";
            case AccessDeniedException x -> "permission denied";
            case FileAlreadyExistsException x -> "it already exists";
            case NotDirectoryException x -> "not a directory";
            case DirectoryNotEmptyException x -> "it is a folder that is not empty";
            case FileSystemLoopException x -> "a loop of symbolic links";
            case CharacterCodingException x -> "not UTF-8 text";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "an I/O error" : e.getMessage();
        };
    }

    /**
     * A {@link DiskFullException} naming {@code dir} when {@code e}, or any exception in its chain
     * of causes, is an {@link IOException} that says the disk is full (ENOSPC: "No space left on
     * device") or the quota spent (EDQUOT: "Disk quota exceeded"), as the JDK reports them from
     * {@code write}, {@code open} or {@code mkdir}; else empty. Only I/O errors count, so a provider's
     * message that quotes those words is not taken for a full disk. An {@code e} that already is
     * one is returned as it is.
     */
    public static Optional<DiskFullException> diskFull(Throwable e, Path dir) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof DiskFullException full) {
                return Optional.of(full);
            }
            String reason = t instanceof IOException io ? diskFullReason(io) : null;
            if (reason != null) {
                return Optional.of(new DiskFullException(reason, dir, e));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code e}, or a cause of it, is a full disk or a spent quota: see {@link #diskFull}. */
    public static boolean isDiskFull(Throwable e) {
        return diskFull(e, Path.of("")).isPresent();
    }

    /** "no space left on device" or "disk quota exceeded" when {@code e} says so, else null. */
    private static String diskFullReason(IOException e) {
        String said = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (said == null) {
            return null;
        }
        String lower = said.toLowerCase(Locale.ROOT);
        for (String words : DISK_FULL) {
            if (lower.contains(words)) {
                return words;
            }
        }
        return null;
    }
}
