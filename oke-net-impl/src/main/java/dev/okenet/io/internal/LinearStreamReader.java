package dev.okenet.io.internal;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's {@link StreamReader} over a text held whole in memory, so that reading is linear in
 * the text's length.
 *
 * <p>Why: SnakeYAML 2.4's {@code StreamReader.update()} copies the whole unconsumed window on
 * every 1,024 characters it reads, and the scanner keeps a scalar's characters unconsumed while
 * it looks for the scalar's end; a scalar of n characters without a space therefore costs
 * n²/1,024 copies (a 4 MB YAML string took seconds before the size limit refused it). A model
 * document is a {@code String} already bounded by {@code ModelIO.MAX_DOCUMENT_CHARS}, so holding
 * its code points in one array costs nothing extra and every peek is O(1).
 *
 * <p>The overridden methods are every method {@code ScannerImpl} calls (SnakeYAML 2.4,
 * {@code org.yaml.snakeyaml.scanner.ScannerImpl}); their behaviour mirrors {@code StreamReader}'s,
 * including its refusal of non-printable characters ("special characters are not allowed") and
 * its line and column counting. {@code LinearStreamReaderTest} checks both readers give the same
 * events on many documents.
 */
final class LinearStreamReader extends StreamReader {
  private static final String NAME = "'string'";

  private final int[] data;
  /** Code points readable before the first non-printable one (all of them when there is none). */
  private final int available;
  private int pointer;
  private int documentIndex;
  private int line;
  private int column;

  LinearStreamReader(String text) {
    super(new StringReader(""));
    this.data = text.codePoints().toArray();
    int firstBad = data.length;
    for (int i = 0; i < data.length; i++) {
      if (!isPrintable(data[i])) {
        firstBad = i;
        break;
      }
    }
    this.available = firstBad;
  }

  /** Whether {@code size + 1} more code points are there; throws at a non-printable one, as SnakeYAML does. */
  private boolean ensure(int size) {
    if (pointer + size >= available && available < data.length) {
      throw new ReaderException(NAME, available, data[available], "special characters are not allowed");
    }
    return pointer + size < available;
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && ensure(0); i++) {
      int c = data[pointer++];
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && (ensure(0) && data[pointer] != '\n'))) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return ensure(0) ? data[pointer] : '\0';
  }

  @Override
  public int peek(int index) {
    return ensure(index) ? data[pointer + index] : '\0';
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    int n = ensure(length) ? length : Math.min(length, available - pointer);
    return new String(data, pointer, n);
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    documentIndex += length;
    // As in StreamReader: a prefix never holds a line break.
    column += length;
    return prefix;
  }

  @Override
  public Mark getMark() {
    return new Mark(NAME, pointer, line, column, data, pointer);
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }
}
