package dev.okenet.key;

import dev.okenet.internal.Require;
import dev.okenet.vcn.SubnetRole;

/** The checks on a key's parts: the same rules the DSL applies to the names it takes. */
final class KeyNames {
  private KeyNames() {}

  /** A model name: non-blank, at most 64 characters, no ':' and no control characters. */
  static void name(String name, String attribute, String example) {
    if (name == null) {
      // The fix text is built only on failure: keys are made for every rule of every network.
      Require.notNull(null, attribute, "Give the name the model uses, e.g. " + example + ".");
    }
    Require.keyName(name, attribute, example);
  }

  /** A role with a key of its own: any but {@link SubnetRole#CUSTOM}. */
  static void role(SubnetRole role, String attribute, String forCustom) {
    Require.notNull(role, attribute, "Give a role, e.g. SubnetRole.WORKERS.");
    if (role == SubnetRole.CUSTOM) {
      throw new IllegalArgumentException(attribute + " is CUSTOM, which names no single subnet: a custom part is keyed by its name, "
          + "e.g. " + forCustom + ".");
    }
  }

  /** A Kubernetes name (namespace or Service). */
  static void kube(String name, String attribute) {
    Require.notNull(name, attribute, "Give the Kubernetes name, e.g. \"ingress-nginx\".");
    Require.kubeName(name, attribute);
  }
}
