package dev.okenet.property;

/**
 * A property did not hold: says which property, the seed that replays it, the smallest failing
 * value shrinking found and the first one found. Its cause is the smallest case's own failure.
 *
 * <pre>
 * Property ValidateProperties.validateNeverThrows failed on case 37 of its run, seed 8812.
 * Replay: -Dokenet.seed=8812
 * Smallest failing value (after 57 shrink runs):
 *   prod [workers /30]
 * First failing value:
 *   prod [workers /30, vcn 10.0.0.0/12, ...]
 * Failure: java.lang.AssertionError: ...
 * </pre>
 */
public final class PropertyFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final long seed;
    private final transient Object smallest;
    private final transient Object original;

    PropertyFailure(String label, long seed, int caseNumber, Object original, Object smallest, int shrinkRuns, Throwable cause) {
        super("Property " + label + " failed on case " + caseNumber + " of its run, seed " + seed + ".\n"
                + "Replay: -D" + Property.SEED_PROPERTY + "=" + seed + "\n"
                + "Smallest failing value (after " + shrinkRuns + " shrink runs):\n  " + smallest + "\n"
                + "First failing value:\n  " + original + "\n"
                + "Failure: " + cause, cause);
        this.seed = seed;
        this.smallest = smallest;
        this.original = original;
    }

    /**
     * The seed of the failing run.
     *
     * @return the seed; {@code -Dokenet.seed=} it replays the run
     */
    public long seed() {
        return seed;
    }

    /**
     * The smallest failing value shrinking found.
     *
     * @return the value
     */
    public Object smallest() {
        return smallest;
    }

    /**
     * The first failing value, before shrinking.
     *
     * @return the value
     */
    public Object original() {
        return original;
    }
}
