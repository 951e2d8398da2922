package dev.okenet.testkit.internal.arguments;

/**
 * How the testkits' public members refuse a missing argument: an {@link IllegalArgumentException}
 * naming the member and the parameter, then the fix, never a bare {@link NullPointerException}.
 * The testkits do not depend on oke-net-api, so this is their own copy of the house rule.
 *
 * <p>The argument is named as the caller wrote it: {@code "Owner.method(parameter)"} for a member of
 * one parameter, {@code "Owner.method(a, b): b"} when there are more, {@code "Record: component"}
 * for a record's canonical constructor.
 *
 * <pre>{@code
 * this.issuedKey = Arguments.notNull(key, "FakeOciServer.Builder.issuedKey(key)",
 *         "Give the key the server issues, e.g. ApiKey.generate().");
 * // null: "FakeOciServer.Builder.issuedKey(key) is null. Give the key the server issues, e.g. ApiKey.generate()."
 * }</pre>
 */
public final class Arguments {
    private Arguments() {}

    /**
     * {@code value}, when it is not null.
     *
     * @param argument the member and its parameter, e.g. {@code "FakeOci.Builder.region(region)"} or
     *     {@code "VirtualClock.setLatency(kind, latency): latency"}
     * @param fix a sentence saying what to give instead, with an example
     * @throws IllegalArgumentException "{@code <argument> is null. <fix>}" when {@code value} is null
     */
    public static <T> T notNull(T value, String argument, String fix) {
        if (value == null) {
            throw new IllegalArgumentException(argument + " is null. " + fix);
        }
        return value;
    }
}
