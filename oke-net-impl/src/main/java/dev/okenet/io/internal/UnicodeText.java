package dev.okenet.io.internal;

/**
 * Texts a model document can carry: any Unicode, but no unpaired UTF-16 surrogate. Java strings
 * may hold one (the model does not refuse it), but it is not a character: UTF-8 cannot encode
 * it, YAML forbids it (SnakeYAML's emitter even merges it with the next character), and OCI
 * stores text as UTF-8. Writers and readers of model documents refuse it with its position.
 */
final class UnicodeText {
  private UnicodeText() {}

  /** The index of the first unpaired surrogate in {@code text}, or -1. */
  static int unpairedSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** What is wrong with the text holding an unpaired surrogate at {@code index}, for a message. */
  static String problem(CharSequence text, int index) {
    int from = Math.max(0, index - 20);
    int to = Math.min(text.length(), index + 20);
    StringBuilder context = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      context.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return "the text \"" + context + "\" holds an unpaired UTF-16 surrogate (U+" + String.format("%04X", (int) text.charAt(index))
        + "), which is not a Unicode character: UTF-8 cannot store it and YAML forbids it. Remove it.";
  }
}
