package dev.okenet.oci.internal.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Follows opc-next-page until a list is complete.
 *
 * <pre>{@code
 * List<Vcn> vcns = Pages.all(page -> {
 *   var r = vn.listVcns(ListVcnsRequest.builder().compartmentId(c).limit(Pages.LIMIT).page(page).build());
 *   return new Pages.Page<>(r.getItems(), r.getOpcNextPage());
 * });
 * }</pre>
 */
public final class Pages {
  /**
   * The page size every list request asks for: OCI's maximum for these list operations. Without a
   * limit the service picks its own default page size (FakeOci, like OCI, uses 100), so a kind with
   * more resources than that would cost a list call per extra page; 1,000 keeps a plan at one list
   * call per kind up to 1,000 resources, and pagination still follows opc-next-page beyond.
   */
  public static final int LIMIT = 1000;

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
