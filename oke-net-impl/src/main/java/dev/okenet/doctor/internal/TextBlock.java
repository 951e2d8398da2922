package dev.okenet.doctor.internal;

/**
 * Wraps report text for a terminal: words kept whole, each line indented.
 *
 * <pre>{@code
 * TextBlock.wrap("a long message ...", "    ", 100);   // "    a long ...\n    message ...\n"
 * }</pre>
 */
public final class TextBlock {
  private TextBlock() {}

  /** {@code text} in lines of at most {@code width} characters (a longer word keeps its own line), each after {@code indent}. */
  public static String wrap(String text, String indent, int width) {
    StringBuilder out = new StringBuilder();
    String continuation = " ".repeat(indent.length() + (text.startsWith("• ") ? 2 : 0));
    StringBuilder line = new StringBuilder(indent);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line = new StringBuilder(continuation);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    return out.append(line).append('\n').toString();
  }
}
