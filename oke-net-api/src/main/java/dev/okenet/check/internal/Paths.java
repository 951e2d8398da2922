package dev.okenet.check.internal;

import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.Service;
import dev.okenet.vcn.SubnetRole;

/**
 * The paths findings use to name objects of the intent, spelled like the builder methods that
 * declare them: "pods", "extraSubnets[bastion]", "nodePools[general]", "services[shop/web]".
 * Not for users.
 *
 * <pre>{@code
 * Paths.subnet(SubnetRole.CUSTOM, "bastion");   // "extraSubnets[bastion]"
 * }</pre>
 */
public final class Paths {
  private Paths() {}

  /** The path of a role subnet, or of an extra subnet by name. */
  public static String subnet(SubnetRole role, String name) {
    return role == SubnetRole.CUSTOM ? role.modelAttribute() + "[" + name + "]" : role.modelAttribute();
  }

  /** "nodePools[name]". */
  public static String nodePool(String name) {
    return "nodePools[" + name + "]";
  }

  /** "services[namespace/name]". */
  public static String service(Service s) {
    return "services[" + s.ref() + "]";
  }

  /** "policies[namespace/name]". */
  public static String policy(NetworkPolicy p) {
    return "policies[" + p.namespace() + "/" + p.name() + "]";
  }

  /** "nsgs[name]". */
  public static String nsg(String name) {
    return "nsgs[" + name + "]";
  }
}
