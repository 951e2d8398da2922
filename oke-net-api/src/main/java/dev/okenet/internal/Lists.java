package dev.okenet.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The list a model value's {@code add*} copy hands to its generated wither. Not for users. */
public final class Lists {
  private Lists() {}

  /** {@code list} followed by {@code more}, in a new list. */
  @SafeVarargs
  public static <T> List<T> plus(List<? extends T> list, T... more) {
    List<T> out = new ArrayList<>(list.size() + more.length);
    out.addAll(list);
    out.addAll(Arrays.asList(more));
    return out;
  }
}
