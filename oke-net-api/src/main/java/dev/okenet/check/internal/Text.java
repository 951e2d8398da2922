package dev.okenet.check.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal text helpers for rendered reports: word wrapping and plain-text tables. Not for users.
 *
 * <pre>{@code
 * Text.wrap(message, 4, 100);   // lines of at most 100 columns, indented by 4
 * }</pre>
 */
public final class Text {
  private Text() {}

  /** Wraps {@code text} at {@code width} columns, indenting every line by {@code indent}. */
  public static String wrap(String text, int indent, int width) {
    String pad = " ".repeat(indent);
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && indent + line.length() + 1 + word.length() > width) {
        out.append(pad).append(line).append('\n');
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      out.append(pad).append(line).append('\n');
    }
    return out.toString();
  }

  /** Wraps {@code text} after {@code lead} on the first line, aligning later lines under it. */
  public static String hanging(String lead, String text, int width) {
    String wrapped = wrap(text, lead.length(), width);
    return wrapped.isEmpty() ? lead.stripTrailing() + "\n" : lead + wrapped.substring(lead.length());
  }

  /**
   * A table with a header row; {@code rightAligned[i]} aligns column i to the right (numbers).
   * Columns are two spaces apart; trailing spaces are trimmed.
   */
  public static String table(List<String> header, List<List<String>> rows, boolean[] rightAligned) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = row.get(i);
        String spaces = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? spaces + cell : cell + spaces);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
