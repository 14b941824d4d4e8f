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

/**
 * Says why a file operation failed, in words and without the path: Java's own messages are often
 * just the path ({@code NoSuchFileException: /proc/.x.tmp}) or a decoder's "Input length = 1".
 */
public final class FileErrors {

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
}
