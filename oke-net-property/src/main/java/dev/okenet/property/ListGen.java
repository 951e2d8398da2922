package dev.okenet.property;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Gen#list}: the length is planned up front, then each element past the minimum is preceded
 * by a "one more?" draw. Deleting a flag and its element's draws removes exactly that element, and
 * a flag shrunk to 0 ends the list, so the shrinker needs to know nothing about lists.
 */
final class ListGen<T> implements Gen<List<T>> {
    private final Gen<T> element;
    private final int minSize;
    private final int maxSize;

    ListGen(Gen<T> element, int minSize, int maxSize) {
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException("Gen.list(" + minSize + ", " + maxSize + ") needs 0 <= minSize <= maxSize.");
        }
        this.element = element;
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    @Override
    public List<T> generate(Source source) {
        int planned = source.plannedSize(minSize, maxSize);
        List<T> values = new ArrayList<>();
        while (values.size() < maxSize) {
            boolean more = values.size() < minSize || source.chooseAs(1, values.size() < planned ? 1 : 0) == 1;
            if (!more) {
                break;
            }
            values.add(element.generate(source));
        }
        return values;
    }
}
