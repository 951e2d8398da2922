package dev.okenet.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where a generator takes its randomness from, one case at a time: a sequence of <em>draws</em>,
 * each a whole number in {@code [0, max]}, recorded as they are made.
 *
 * <p>Every value a {@link Gen} produces is a function of the draws it made, and {@code 0} is always
 * the simplest draw (the lower bound or zero of a range, the first of a choice, an empty list).
 * That is what makes shrinking generic: the runner shrinks the recorded draws (deletes some, lowers
 * others) and runs the same generator again on them, so a generator written once gets shrinking
 * for free, whatever it builds. The same idea drives Hypothesis; nothing of it leaks into a
 * generator beyond "0 is simplest".
 *
 * <p>Most code only calls {@link #draw(Gen)}, inside a generator written as a lambda:
 *
 * <pre>{@code
 * record Block(int prefix, int thirdOctet) {}
 * Gen<Block> blocks = source -> new Block(source.draw(Gen.ints(22, 30)), source.draw(Gen.ints(0, 255)));
 * }</pre>
 *
 * <p>A new kind of primitive generator calls {@link #choose(long)} (or {@link #choose(long, long[])}
 * to name its edge cases) and maps the draw so that {@code 0} gives its simplest value.
 */
public final class Source {
    private static final long[] NO_EDGES = {};

    /** How draws are made: at random, enumerating edge cases or every value, or replaying a record. */
    enum Mode { RANDOM, EDGES, EXHAUSTIVE, REPLAY }

    private final Mode mode;
    private final SplittableRandom random;
    private final double edgeRate;
    private final long[] replay;
    private long counter;
    private int position;
    private long[] recorded = new long[16];
    private int size;
    private boolean drewEdges;

    private Source(Mode mode, SplittableRandom random, double edgeRate, long counter, long[] replay) {
        this.mode = mode;
        this.random = random;
        this.edgeRate = edgeRate;
        this.counter = counter;
        this.replay = replay;
    }

    /** Random draws; a draw with edge cases takes one of them with probability {@code edgeRate}. */
    static Source random(SplittableRandom random, double edgeRate) {
        return new Source(Mode.RANDOM, random, edgeRate, 0, NO_EDGES);
    }

    /**
     * The {@code index}-th combination of edge cases: every draw that names edge cases takes one,
     * like the digits of a counter whose first draw turns fastest; other draws are random.
     */
    static Source edges(long index, SplittableRandom random) {
        return new Source(Mode.EDGES, random, 0, index, NO_EDGES);
    }

    /** The {@code index}-th value of a generator whose values can be counted (see {@link Gen#cardinality()}). */
    static Source exhaustive(long index) {
        return new Source(Mode.EXHAUSTIVE, null, 0, index, NO_EDGES);
    }

    /** The given draws again, each clamped to what is asked for; past their end every draw is 0. */
    static Source replay(long[] draws) {
        return new Source(Mode.REPLAY, null, 0, 0, draws);
    }

    /**
     * A value of {@code gen}, drawn from this source.
     *
     * @param gen the generator to run
     * @param <T> the type it generates
     * @return the generated value
     */
    public <T> T draw(Gen<T> gen) {
        return gen.generate(this);
    }

    /**
     * One draw in {@code [0, max]}, read as an unsigned number: {@code max = -1} asks for any 64-bit
     * value. The simplest answer is {@code 0}.
     *
     * @param max the largest draw wanted, unsigned
     * @return the draw
     */
    public long choose(long max) {
        return choose(max, NO_EDGES);
    }

    /**
     * One draw in {@code [0, max]} (unsigned) whose edge cases are the given draws: tried first, in
     * combination with other draws' edges, and mixed in now and then afterwards. Put the simplest,
     * {@code 0}, first.
     *
     * @param max the largest draw wanted, unsigned
     * @param edges draws worth trying first, each in {@code [0, max]}
     * @return the draw
     */
    public long choose(long max, long[] edges) {
        long value = switch (mode) {
            case RANDOM -> edges.length > 0 && random.nextDouble() < edgeRate
                    ? edges[random.nextInt(edges.length)] : uniform(max);
            case EDGES -> edges.length > 0 ? edges[(int) edgeDigit(edges.length)] : uniform(max);
            case EXHAUSTIVE -> max == -1 ? counter : digit(max + 1);
            case REPLAY -> next(max);
        };
        return record(value);
    }

    /**
     * A draw whose value a generator plans itself while generating (a list decides its length up
     * front, then draws "one more element?" flags), but which replay and shrinking treat like any
     * other: replayed, it gives the recorded draw, not the plan.
     */
    long chooseAs(long max, long planned) {
        return record(mode == Mode.REPLAY ? next(max) : planned);
    }

    /** A size in {@code [min, max]} to plan with: uniform, or in the edge phase the smallest two. */
    int plannedSize(int min, int max) {
        return switch (mode) {
            case RANDOM -> random.nextDouble() < edgeRate ? min : min + random.nextInt(max - min + 1);
            case EDGES -> min + (int) edgeDigit(max > min ? 2 : 1);
            case EXHAUSTIVE, REPLAY -> max;
        };
    }

    /** Whether the enumeration index was larger than the combinations the draws made could express. */
    boolean exhausted() {
        return counter != 0;
    }

    /** Whether, enumerating edge cases, any draw named some: if none did, the generator has no edge cases. */
    boolean drewEdges() {
        return drewEdges;
    }

    /** The draws made so far. */
    long[] recorded() {
        return Arrays.copyOf(recorded, size);
    }

    private long edgeDigit(long radix) {
        drewEdges = true;
        return digit(radix);
    }

    private long digit(long radix) {
        long d = Long.remainderUnsigned(counter, radix);
        counter = Long.divideUnsigned(counter, radix);
        return d;
    }

    private long uniform(long max) {
        if (max == -1) {
            return random.nextLong();
        }
        if (max >= 0 && max < Long.MAX_VALUE) {
            return random.nextLong(max + 1);
        }
        long value;
        do {
            value = random.nextLong();
        } while (Long.compareUnsigned(value, max) > 0);
        return value;
    }

    private long next(long max) {
        if (position >= replay.length) {
            return 0;
        }
        long value = replay[position++];
        return Long.compareUnsigned(value, max) > 0 ? max : value;
    }

    private long record(long value) {
        if (size == recorded.length) {
            recorded = Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = value;
        return value;
    }
}
