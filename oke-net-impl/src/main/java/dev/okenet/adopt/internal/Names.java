package dev.okenet.adopt.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Model names from OCI display names: lower-case letters, digits and '-', starting with a letter,
 * unique within one scope (a second "workers" becomes "workers-2").
 *
 * <pre>{@code
 * Names n = new Names();
 * n.unique("Bastion Subnet");   // "bastion-subnet"
 * }</pre>
 */
public final class Names {
  private final Set<String> used = new HashSet<>();

  /** A unique model name for {@code displayName}. */
  public String unique(String displayName) {
    String base = of(displayName, "x");
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  /** {@code text} as a model name (at most 32 characters), or {@code fallback} when nothing is left. */
  public static String of(String text, String fallback) {
    String s = (text == null ? "" : text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-")
        .replaceAll("^[^a-z]+", "").replaceAll("-$", "");
    if (s.length() > 28) {
      s = s.substring(0, 28).replaceAll("-$", "");
    }
    return s.isEmpty() ? fallback : s;
  }
}
