package warta.core.model.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/** Generates tensor data for {@link GgufWriter}: ones (scale NaN) or uniform random values. */
final class TensorData {

    private static final int CHUNK_BLOCKS = 4096;

    private TensorData() {}

    static void write(GgufWriter.Output out, GgmlType type, long values, float scale, SplittableRandom random) {
        long blocks = values / type.blockSize();
        ByteBuffer buffer =
                ByteBuffer.allocate(CHUNK_BLOCKS * type.blockBytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (long done = 0; done < blocks; ) {
            int n = (int) Math.min(CHUNK_BLOCKS, blocks - done);
            buffer.clear();
            for (int b = 0; b < n; b++) {
                block(buffer, type, scale, random);
            }
            out.bytes(buffer.array(), buffer.position());
            done += n;
        }
    }

    private static void block(ByteBuffer buffer, GgmlType type, float scale, SplittableRandom random) {
        switch (type) {
            case F32 -> buffer.putFloat(Float.isNaN(scale) ? 1f : (float) random.nextDouble(-scale, scale));
            case Q8_0 -> {
                buffer.putShort(Float.floatToFloat16(scale / 127f));
                for (int i = 0; i < 32; i += 4) {
                    buffer.putInt(random.nextInt());
                }
            }
            case Q4_0 -> {
                buffer.putShort(Float.floatToFloat16(scale / 8f));
                for (int i = 0; i < 16; i += 4) {
                    buffer.putInt(random.nextInt());
                }
            }
        }
    }
}
