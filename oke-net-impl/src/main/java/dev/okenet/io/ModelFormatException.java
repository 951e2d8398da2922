package dev.okenet.io;

/**
 * A JSON or YAML document that is not a valid network: bad syntax, an unknown field, a wrong
 * type, a missing required field or a value the model rejects. {@link #path()} is the JSON path of
 * the offending value (e.g. {@code $.subnets.workers.cidr}), and the message says what to write
 * instead.
 *
 * <pre>{@code
 * try {
 *   ModelIO.fromJson(text);
 * } catch (ModelFormatException e) {
 *   e.path();          // "$.nodePools[0].minNodes"
 *   e.getMessage();    // "At $.nodePools[0].minNodes: ... Use ..."
 * }
 * }</pre>
 */
public final class ModelFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String path;

  /** An error at {@code path} whose {@code problem} says what is wrong and how to fix it. */
  public ModelFormatException(String path, String problem) {
    super("At " + path + ": " + problem);
    this.path = path;
  }

  /** The JSON path of the offending value, "$" for the whole document. */
  public String path() {
    return path;
  }
}
