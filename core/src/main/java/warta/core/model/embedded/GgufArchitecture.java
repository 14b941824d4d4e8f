package warta.core.model.embedded;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@code general.architecture} from a GGUF file's metadata, so that a model llama.cpp cannot
 * load is named by its architecture ({@code qwen3}) in the message. Reads the metadata key by key
 * up to that one and never the tensors; a file that is not GGUF, is cut short or is malformed gives
 * empty, never an exception. Stateless.
 */
final class GgufArchitecture {

    private static final int MAX_KEYS = 100_000;
    private static final int MAX_STRING = 1 << 20;
    private static final int STRING = 8;
    private static final int ARRAY = 9;

    private GgufArchitecture() {}

    /** The file's architecture, or empty when it cannot be read. */
    static Optional<String> of(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("GGUF") || u32(in) < 2) {
                return Optional.empty();
            }
            u64(in);
            long keys = u64(in);
            for (long i = 0; i < Math.min(keys, MAX_KEYS); i++) {
                String key = string(in);
                int type = (int) u32(in);
                if (key.equals("general.architecture") && type == STRING) {
                    return Optional.of(string(in));
                }
                skip(in, type);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void skip(DataInputStream in, int type) throws IOException {
        if (type == STRING) {
            string(in);
        } else if (type == ARRAY) {
            int elementType = (int) u32(in);
            long count = u64(in);
            for (long i = 0; i < count; i++) {
                skip(in, elementType);
            }
        } else {
            in.skipNBytes(width(type));
        }
    }

    private static int width(int type) {
        return switch (type) {
            case 0, 1, 7 -> 1; // u8, i8, bool
            case 2, 3 -> 2; // u16, i16
            case 4, 5, 6 -> 4; // u32, i32, f32
            case 10, 11, 12 -> 8; // u64, i64, f64
            default -> throw new IllegalArgumentException("unknown GGUF value type " + type);
        };
    }

    private static String string(DataInputStream in) throws IOException {
        long length = u64(in);
        if (length < 0 || length > MAX_STRING) {
            throw new IllegalArgumentException("a GGUF string of " + length + " bytes");
        }
        return new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
    }

    private static long u32(DataInputStream in) throws IOException {
        return Integer.toUnsignedLong(Integer.reverseBytes(in.readInt()));
    }

    private static long u64(DataInputStream in) throws IOException {
        return Long.reverseBytes(in.readLong());
    }
}
