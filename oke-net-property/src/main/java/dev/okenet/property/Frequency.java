package dev.okenet.property;

import java.util.List;

/**
 * {@link Gen#frequency}: one draw over the total weight picks a generator, the first generator
 * owning the lowest draws so that it is the shrink target. Edge cases: the first and the last.
 */
final class Frequency<T> implements Gen<T> {
    private final List<Weighted<? extends T>> options;
    private final long total;
    private final long[] edges;

    Frequency(List<Weighted<? extends T>> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Gen.frequency() needs at least one weighted generator.");
        }
        this.options = List.copyOf(options);
        this.total = options.stream().mapToLong(Weighted::weight).sum();
        this.edges = options.size() == 1 ? new long[] {0} : new long[] {0, total - 1};
    }

    @Override
    public T generate(Source source) {
        long draw = source.choose(total - 1, edges);
        for (Weighted<? extends T> option : options) {
            if (draw < option.weight()) {
                return source.draw(option.gen());
            }
            draw -= option.weight();
        }
        throw new IllegalStateException("unreachable: a draw below the total weight picks an option");
    }
}
