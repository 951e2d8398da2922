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

  /** Creates the resource, waits until it is ready and returns its OCID. */
  String create(ResourceSpec spec, Refs refs, String retryToken, CloudContext ctx);

  /** Updates the resource in place to match {@code spec} and waits until it is ready. */
  void update(ResourceSpec spec, Observed current, Refs refs, CloudContext ctx);

  /** Deletes the resource and waits until it is gone. */
  void delete(String id, CloudContext ctx);

  /** Waits until the resource is ready (after a crash left it provisioning). */
  void awaitReady(String id, CloudContext ctx);
}
