package dev.okenet.property;

import java.util.function.Predicate;

/** {@link Gen#filter}: draws again while the predicate rejects, a bounded number of times. */
final class Filtered<T> implements Gen<T> {
    static final int MAX_REJECTIONS = 100;

    private final Gen<T> inner;
    private final Predicate<? super T> predicate;

    Filtered(Gen<T> inner, Predicate<? super T> predicate) {
        this.inner = inner;
        this.predicate = predicate;
    }

    @Override
    public T generate(Source source) {
        T value = null;
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            value = inner.generate(source);
            if (predicate.test(value)) {
                return value;
            }
        }
        throw new GenerationException("Gen.filter rejected " + MAX_REJECTIONS + " values in a row, the last: " + value
                + ". Build valid values by construction (map, zip, a lambda generator), or filter away only a small share.");
    }
}
