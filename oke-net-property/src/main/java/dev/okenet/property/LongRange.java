package dev.okenet.property;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whole numbers in {@code [min, max]}, drawn so that the draw {@code 0} is the number nearest zero
 * (the shrink target) and larger draws move away from it, alternating up and down while both
 * sides last. Edge cases: both ends, one in from each end, and -2..2 where they lie inside the
 * range (the ones this repository's property suites have always been given).
 */
final class LongRange implements Gen<Long> {
    private final long min;
    private final long max;
    private final long target;
    private final long up;
    private final long down;
    private final long nearSide;
    private final long[] edges;

    LongRange(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("Gen range [" + min + ", " + max + "] is empty: min must not exceed max.");
        }
        this.min = min;
        this.max = max;
        this.target = min > 0 ? min : Math.min(max, 0);
        this.up = max - target;
        this.down = target - min;
        this.nearSide = Long.compareUnsigned(up, down) < 0 ? up : down;
        Set<Long> edgeValues = new LinkedHashSet<>();
        for (long v : new long[] {target, 1, -1, 2, -2, min, min + 1, max - 1, max}) {
            if (v >= min && v <= max) {
                edgeValues.add(drawOf(v));
            }
        }
        this.edges = edgeValues.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public Long generate(Source source) {
        return valueOf(source.choose(up + down, edges));
    }

    @Override
    public long cardinality() {
        long span = up + down;
        return span >= 0 && span < Long.MAX_VALUE ? span + 1 : UNKNOWN;
    }

    /** The value of draw {@code n}: target, target+1, target-1, target+2, ... then the longer side alone. */
    long valueOf(long n) {
        if (Long.compareUnsigned(n, nearSide << 1) <= 0) {
            long offset = n >>> 1;
            return (n & 1) == 1 ? target + offset + 1 : target - offset;
        }
        long offset = n - nearSide;
        return Long.compareUnsigned(up, down) > 0 ? target + offset : target - offset;
    }

    /** The draw that gives {@code value}, the inverse of {@link #valueOf}. */
    long drawOf(long value) {
        boolean above = value >= target;
        long offset = above ? value - target : target - value;
        if (Long.compareUnsigned(offset, nearSide) <= 0) {
            return offset == 0 ? 0 : above ? (offset << 1) - 1 : offset << 1;
        }
        return offset + nearSide;
    }

    @Override
    public String toString() {
        return "longs(" + min + ", " + max + ")";
    }
}
