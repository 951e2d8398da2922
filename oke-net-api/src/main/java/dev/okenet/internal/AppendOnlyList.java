package dev.okenet.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list whose {@link #with(Object)} copy is O(1) amortized, so that a value built rule
 * by rule ({@code nsg.addRule(a).addRule(b)...}) costs linear, not quadratic, time: a copy shares
 * its original's array and claims the next free slot; only when that slot is already claimed (the
 * original was extended before) or the array is full is the prefix copied. Lists never change once
 * made, and are safe to share between threads: a slot is claimed with a compare-and-set, written
 * before the new list is built, and published with it through final fields. Not for users.
 *
 * <pre>{@code
 * AppendOnlyList<String> a = AppendOnlyList.<String>empty().with("x");
 * AppendOnlyList<String> b = a.with("y");      // shares a's array
 * AppendOnlyList<String> c = a.with("z");      // a's next slot is taken: copies a's one element
 * }</pre>
 */
public final class AppendOnlyList<T> extends AbstractList<T> implements RandomAccess {
  private static final AppendOnlyList<?> EMPTY = new AppendOnlyList<>(new Shared(new Object[0], 0), 0);

  /** The array lists built from one another share, and how many of its slots are taken. */
  private static final class Shared {
    final Object[] items;
    final AtomicInteger taken;

    Shared(Object[] items, int taken) {
      this.items = items;
      this.taken = new AtomicInteger(taken);
    }
  }

  private final Shared shared;
  private final int size;

  private AppendOnlyList(Shared shared, int size) {
    this.shared = shared;
    this.size = size;
  }

  /** The empty list. */
  @SuppressWarnings("unchecked")
  public static <T> AppendOnlyList<T> empty() {
    return (AppendOnlyList<T>) EMPTY;
  }

  /** A list of {@code items}, in order; nulls are refused by the caller. */
  public static <T> AppendOnlyList<T> copyOf(List<? extends T> items) {
    Object[] array = items.toArray();
    return new AppendOnlyList<>(new Shared(array, array.length), array.length);
  }

  /** This list with {@code item} appended. */
  public AppendOnlyList<T> with(T item) {
    Object[] items = shared.items;
    if (size < items.length && shared.taken.compareAndSet(size, size + 1)) {
      items[size] = item;
      return new AppendOnlyList<>(shared, size + 1);
    }
    Object[] grown = Arrays.copyOf(items, Math.max(8, size * 2));
    Arrays.fill(grown, size, grown.length, null);
    grown[size] = item;
    return new AppendOnlyList<>(new Shared(grown, size + 1), size + 1);
  }

  /** This list with {@code more} appended: one copy at most, whatever their number. */
  public AppendOnlyList<T> withAll(List<? extends T> more) {
    if (more.isEmpty()) {
      return this;
    }
    if (size == 0) {
      return copyOf(more);
    }
    Object[] grown = Arrays.copyOf(shared.items, size + more.size());
    int i = size;
    for (T t : more) {
      grown[i++] = t;
    }
    return new AppendOnlyList<>(new Shared(grown, grown.length), grown.length);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    return (T) shared.items[index];
  }

  @Override
  public int size() {
    return size;
  }
}
