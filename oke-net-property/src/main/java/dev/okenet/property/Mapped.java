package dev.okenet.property;

import java.util.function.Function;

/** {@link Gen#map}: the same draws, so the same cardinality and shrinking. */
final class Mapped<T, R> implements Gen<R> {
    private final Gen<T> inner;
    private final Function<? super T, ? extends R> f;

    Mapped(Gen<T> inner, Function<? super T, ? extends R> f) {
        this.inner = inner;
        this.f = f;
    }

    @Override
    public R generate(Source source) {
        return f.apply(inner.generate(source));
    }

    @Override
    public long cardinality() {
        return inner.cardinality();
    }
}
