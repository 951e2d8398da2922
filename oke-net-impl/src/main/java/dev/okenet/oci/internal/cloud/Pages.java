package dev.okenet.oci.internal.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Follows opc-next-page until a list is complete. */
public final class Pages {
  /** One page: its items and the next page token (null when last). */
  public record Page<T>(List<T> items, String next) {
  }

  private Pages() {}

  /** Every item of a paged list; {@code fetch} gets the page token (null for the first). */
  public static <T> List<T> all(Function<String, Page<T>> fetch) {
    List<T> out = new ArrayList<>();
    String page = null;
    do {
      Page<T> p = fetch.apply(page);
      out.addAll(p.items() == null ? List.of() : p.items());
      page = p.next();
    } while (page != null);
    return out;
  }
}
