package warta.core.model.embedded;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes a GGUF version 3 file (llama.cpp's model format, {@code ggml/docs/gguf.md}): metadata
 * key/value pairs, then tensor descriptions, then the tensor data, each tensor aligned to
 * {@value #ALIGNMENT} bytes. Tensor data is generated while writing: ones, or seeded random
 * values in {@code [-scale, scale]}, so a file of any size costs no memory.
 *
 * <p>A tool for tests and benchmarks (a model file of any shape without downloading weights);
 * Warta never writes model files otherwise. Not thread-safe; keys and tensor names keep their
 * insertion order.
 */
public final class GgufWriter {

    /** Alignment of the tensor data, written as {@code general.alignment}. */
    public static final int ALIGNMENT = 32;

    private static final int UINT32 = 4;
    private static final int INT32 = 5;
    private static final int FLOAT32 = 6;
    private static final int BOOL = 7;
    private static final int STRING = 8;
    private static final int ARRAY = 9;

    private final Map<String, Value> metadata = new LinkedHashMap<>();
    private final List<Tensor> tensors = new ArrayList<>();

    private record Value(int type, Object value) {}

    private record Tensor(String name, GgmlType type, long[] dims, float scale, long seed) {
        long values() {
            return Arrays.stream(dims).reduce(1, Math::multiplyExact);
        }

        long bytes() {
            return type.bytes(values());
        }
    }

    public GgufWriter() {
        metadata.put("general.alignment", new Value(UINT32, ALIGNMENT));
    }

    public GgufWriter put(String key, String value) {
        return add(key, STRING, Objects.requireNonNull(value, "value"));
    }

    public GgufWriter putUint32(String key, int value) {
        return add(key, UINT32, value);
    }

    public GgufWriter putFloat32(String key, float value) {
        return add(key, FLOAT32, value);
    }

    public GgufWriter putBool(String key, boolean value) {
        return add(key, BOOL, value);
    }

    public GgufWriter putStrings(String key, List<String> values) {
        return add(key, ARRAY, List.copyOf(values));
    }

    public GgufWriter putFloats(String key, float[] values) {
        return add(key, ARRAY, values.clone());
    }

    public GgufWriter putInts(String key, int[] values) {
        return add(key, ARRAY, values.clone());
    }

    /** A tensor of ones (norm weights). {@code dims} are ggml's: the fastest-varying first. */
    public GgufWriter ones(String name, long... dims) {
        return tensor(new Tensor(name, GgmlType.F32, dims.clone(), Float.NaN, 0));
    }

    /** A tensor of seeded random values in {@code [-scale, scale]}. */
    public GgufWriter random(String name, GgmlType type, float scale, long seed, long... dims) {
        return tensor(new Tensor(name, type, dims.clone(), scale, seed));
    }

    /** Writes the file, replacing {@code file} if it exists. */
    public void write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            Output o = new Output(out);
            o.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
            o.u32(3);
            o.u64(tensors.size());
            o.u64(metadata.size());
            metadata.forEach((key, value) -> writeValue(o, key, value));
            long offset = 0;
            for (Tensor t : tensors) {
                o.string(t.name());
                o.u32(t.dims().length);
                for (long d : t.dims()) {
                    o.u64(d);
                }
                o.u32(t.type().id());
                o.u64(offset);
                offset = align(offset + t.bytes());
            }
            o.pad();
            for (Tensor t : tensors) {
                TensorData.write(o, t.type(), t.values(), t.scale(), new SplittableRandom(t.seed()));
                o.pad();
            }
        }
    }

    private GgufWriter add(String key, int type, Object value) {
        metadata.put(Objects.requireNonNull(key, "key"), new Value(type, value));
        return this;
    }

    private GgufWriter tensor(Tensor tensor) {
        if (tensor.dims().length == 0 || tensor.dims().length > 4) {
            throw new IllegalArgumentException(tensor.name() + ": a tensor has 1 to 4 dimensions");
        }
        if (tensor.dims()[0] % tensor.type().blockSize() != 0) {
            throw new IllegalArgumentException(tensor.name() + ": first dimension " + tensor.dims()[0]
                    + " is not a multiple of " + tensor.type().blockSize());
        }
        tensors.add(tensor);
        return this;
    }

    private static long align(long offset) {
        return (offset + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private static void writeValue(Output o, String key, Value value) {
        o.string(key);
        o.u32(value.type());
        switch (value.value()) {
            case String s -> o.string(s);
            case Integer i -> o.u32(i);
            case Float f -> o.f32(f);
            case Boolean b -> o.u8(b ? 1 : 0);
            case List<?> list -> {
                o.u32(STRING);
                o.u64(list.size());
                list.forEach(s -> o.string((String) s));
            }
            case float[] floats -> {
                o.u32(FLOAT32);
                o.u64(floats.length);
                for (float f : floats) {
                    o.f32(f);
                }
            }
            case int[] ints -> {
                o.u32(INT32);
                o.u64(ints.length);
                for (int i : ints) {
                    o.u32(i);
                }
            }
            default -> throw new IllegalStateException("unexpected value for " + key);
        }
    }

    /** Little-endian output that counts bytes, so it can pad to {@link #ALIGNMENT}. */
    static final class Output {
        private final OutputStream out;
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        private long written;

        Output(OutputStream out) {
            this.out = out;
        }

        void bytes(byte[] bytes) {
            bytes(bytes, bytes.length);
        }

        void bytes(byte[] bytes, int length) {
            try {
                out.write(bytes, 0, length);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            written += length;
        }

        void u8(int value) {
            bytes(new byte[] {(byte) value});
        }

        void u32(int value) {
            scratch.clear();
            bytes(scratch.putInt(value).array(), 4);
        }

        void u64(long value) {
            scratch.clear();
            bytes(scratch.putLong(value).array(), 8);
        }

        void f32(float value) {
            u32(Float.floatToIntBits(value));
        }

        void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            u64(utf8.length);
            bytes(utf8);
        }

        void pad() {
            int padding = (int) (align(written) - written);
            bytes(new byte[padding]);
        }
    }
}
