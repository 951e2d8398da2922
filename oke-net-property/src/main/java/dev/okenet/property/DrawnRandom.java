package dev.okenet.property;

/**
 * A {@link java.util.Random} whose bits are draws of a {@link Source}, for {@link Gen#fromRandom}:
 * every method of {@code Random} is built on {@link #next(int)}, so all of them replay and shrink.
 */
final class DrawnRandom extends java.util.Random {
    private static final long serialVersionUID = 1L;

    private final transient Source source;

    DrawnRandom(Source source) {
        this.source = source;
    }

    @Override
    protected int next(int bits) {
        return (int) source.choose((1L << bits) - 1);
    }

    @Override
    public synchronized void setSeed(long seed) {
        // The bits come from the source; a seed has nothing to set. Random's constructor calls this.
    }
}
