package dev.okenet.property;

import java.util.List;
import java.util.function.Function;

/** {@link Gen#zip}: the parts drawn in order, so their count is the product of theirs. */
final class Zip<R> implements Gen<R> {
    private final List<Gen<?>> parts;
    private final Function<Object[], ? extends R> combine;

    Zip(List<Gen<?>> parts, Function<Object[], ? extends R> combine) {
        this.parts = parts;
        this.combine = combine;
    }

    @Override
    public R generate(Source source) {
        Object[] values = new Object[parts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parts.get(i).generate(source);
        }
        return combine.apply(values);
    }

    @Override
    public long cardinality() {
        long product = 1;
        for (Gen<?> part : parts) {
            long count = part.cardinality();
            if (count == UNKNOWN || count > Long.MAX_VALUE / product) {
                return UNKNOWN;
            }
            product *= count;
        }
        return product;
    }
}
