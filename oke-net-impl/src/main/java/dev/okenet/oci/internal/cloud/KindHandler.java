package dev.okenet.oci.internal.cloud;

import dev.okenet.oci.ResourceType;
import dev.okenet.oci.internal.graph.ResourceSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the provider does with one kind of OCI resource: list (one paged list call per
 * compartment), read the comparable fields and rules of what was listed, create (with a retry
 * token, waiting until it is ready), update in place, delete (waiting until it is gone).
 */
public interface KindHandler {
  /** The kind. */
  ResourceType type();

  /** Every resource of this kind in the compartment, ours or not, with one list call (paged). */
  List<Observed> list(CloudContext ctx);

  /** The comparable fields, in the same canonical text as {@link ResourceSpec#fields()}. */
  Map<String, String> fields(Observed observed, Names names);

  /** The rules as canonical texts (route tables, security lists, NSGs); empty for other kinds. */
  default Set<String> rules(Observed observed, Names names) {
    return Set.of();
  }

  /**
   * Whether the live value {@code have} of {@code field} already satisfies {@code want}; plain
   * equality unless a kind accepts a range (a node pool's size between its minimum and maximum).
   */
  default boolean satisfies(ResourceSpec spec, String field, String want, String have) {
    return want.equals(have);
  }

  /**
   * Whether changing {@code field} from {@code have} needs a new resource; by default the
   * spec's {@link ResourceSpec#replaceFields()}. A peering is connected in place once, but a
   * connected one can only be replaced.
   */
  default boolean forcesReplacement(ResourceSpec spec, String field, String have) {
    return spec.replaceFields().contains(field);
  }

  /** Creates the resource, waits until it is ready and returns its OCID. */
  String create(ResourceSpec spec, Refs refs, String retryToken, CloudContext ctx);

  /** Updates the resource in place to match {@code spec} and waits until it is ready. */
  void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx);

  /** Deletes the resource and waits until it is gone. */
  void delete(String id, CloudContext ctx);

  /** Waits until the resource is ready (after a crash left it provisioning). */
  void awaitReady(String id, CloudContext ctx);
}
