package dev.okenet.property;

import java.util.List;

/** {@link Gen#of}: one draw picks a value; edge cases are the first and the last. */
final class Choice<T> implements Gen<T> {
    private final List<T> values;
    private final long[] edges;

    Choice(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Gen.of() needs at least one value to choose from.");
        }
        this.values = List.copyOf(values);
        this.edges = values.size() == 1 ? new long[] {0} : new long[] {0, values.size() - 1};
    }

    @Override
    public T generate(Source source) {
        return values.get((int) source.choose(values.size() - 1, edges));
    }

    @Override
    public long cardinality() {
        return values.size();
    }
}
