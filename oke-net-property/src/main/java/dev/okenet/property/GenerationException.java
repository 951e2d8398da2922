package dev.okenet.property;

/**
 * A generator could not produce a value, e.g. a {@link Gen#filter} rejected too many in a row.
 * The message says which generator and how to fix it.
 *
 * <pre>{@code
 * Gen.ints(0, 9).filter(n -> n > 100).generate(source);   // throws: "Gen.filter rejected 100 values in a row, ..."
 * }</pre>
 */
public final class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with the given message.
     *
     * @param message what failed and how to fix it
     */
    public GenerationException(String message) {
        super(message);
    }
}
