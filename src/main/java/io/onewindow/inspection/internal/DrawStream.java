package io.onewindow.inspection.internal;

import io.onewindow.platform.Sm3;
import java.nio.ByteBuffer;

/**
 * The draw's random numbers, reproducible by anyone holding the seed: block k is SM3(seed ‖ k as 8 bytes big-endian),
 * k = 0, 1, 2 …; each block gives four unsigned 64-bit numbers (big-endian, in order). {@link #below(int)} turns them
 * into a uniform choice among n by rejection: numbers at or above the largest multiple of n are skipped.
 */
final class DrawStream {

    private final byte[] seed;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    DrawStream(byte[] seed) {
        this.seed = seed.clone();
    }

    /** The next unsigned 64-bit number, as a long holding its bits. */
    long next() {
        if (!block.hasRemaining()) {
            byte[] input = ByteBuffer.allocate(seed.length + 8).put(seed).putLong(counter++).array();
            block = ByteBuffer.wrap(Sm3.digest(input));
        }
        return block.getLong();
    }

    /** A uniform number in [0, n). */
    int below(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive");
        }
        // 2^64 mod n, computed without overflow: (2^64 - n) mod n
        long skip = Long.remainderUnsigned(-n, n);
        long limit = -skip; // 2^64 - skip, as unsigned (0 stands for 2^64 when skip is 0)
        while (true) {
            long x = next();
            if (skip == 0 || Long.compareUnsigned(x, limit) < 0) {
                return (int) Long.remainderUnsigned(x, n);
            }
        }
    }
}
