package warta.core.model.embedded;

/**
 * The tensor encodings {@link GgufWriter} can write, with their ggml type ids. Quantised types
 * store blocks of {@link #blockSize()} values in {@link #blockBytes()} bytes, so a tensor's first
 * dimension must be a multiple of the block size.
 */
public enum GgmlType {
    /** 32-bit floats. */
    F32(0, 1, 4),
    /** Blocks of 32: an f16 scale and 32 four-bit values. */
    Q4_0(2, 32, 18),
    /** Blocks of 32: an f16 scale and 32 signed bytes. */
    Q8_0(8, 32, 34);

    private final int id;
    private final int blockSize;
    private final int blockBytes;

    GgmlType(int id, int blockSize, int blockBytes) {
        this.id = id;
        this.blockSize = blockSize;
        this.blockBytes = blockBytes;
    }

    /** The id GGUF stores for this type ({@code ggml_type}). */
    public int id() {
        return id;
    }

    /** Values per block. */
    public int blockSize() {
        return blockSize;
    }

    /** Bytes per block. */
    public int blockBytes() {
        return blockBytes;
    }

    /** Bytes taken by {@code values} values, which must be a whole number of blocks. */
    public long bytes(long values) {
        if (values % blockSize != 0) {
            throw new IllegalArgumentException(name() + " needs a multiple of " + blockSize + " values, not " + values);
        }
        return values / blockSize * blockBytes;
    }
}
