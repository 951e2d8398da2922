package dev.okenet.check.internal;

import dev.okenet.check.CheckContext;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.RuleDoc;
import dev.okenet.check.Severity;
import java.util.List;
import java.util.function.BiConsumer;

/** Shorthands for defining built-in rules and writing their messages. Not for users. */
final class Rules {
  private Rules() {}

  /** A rule from its documentation and check. */
  static Rule define(String id, Severity severity, String title, String why, String fix,
      BiConsumer<CheckContext, Reporter> check) {
    return Rule.of(RuleDoc.of(id, severity, title, why, fix), check);
  }

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> items) {
    if (items.isEmpty()) {
      return "nothing";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
