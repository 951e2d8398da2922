package dev.okenet.render.internal;

/** A JSON path such as {@code $.services[1].loadBalancer}, built while walking a document. */
final class JsonPath {
  private static final JsonPath ROOT = new JsonPath("$");
  private final String text;

  private JsonPath(String text) {
    this.text = text;
  }

  static JsonPath root() {
    return ROOT;
  }

  JsonPath field(String name) {
    return new JsonPath(text + "." + name);
  }

  JsonPath index(int i) {
    return new JsonPath(text + "[" + i + "]");
  }

  @Override
  public String toString() {
    return text;
  }
}
