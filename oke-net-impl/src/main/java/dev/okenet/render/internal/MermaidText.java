package dev.okenet.render.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Mermaid's lexical rules: node ids made of letters, digits and '_' only (a logical key such as
 * "subnet:lb-public" is not one), unique per diagram, and labels inside double quotes with the
 * characters Mermaid would parse ({@code " < >}) written as entity codes.
 */
final class MermaidText {
  private final Map<String, String> idsByKey = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The node id for {@code key}: the same key always gets the same id, two keys never share one. */
  String id(String key) {
    return idsByKey.computeIfAbsent(key, k -> {
      String base = "n_" + k.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
      String id = base;
      for (int i = 2; !used.add(id); i++) {
        id = base + "_" + i;
      }
      return id;
    });
  }

  /** {@code text} as a quoted label; {@code lines} are joined with Mermaid's line break. */
  static String label(String... lines) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append("<br/>");
      }
      sb.append(escape(lines[i]));
    }
    return sb.append('"').toString();
  }

  static String escape(String text) {
    return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }
}
