package dev.okenet.key;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code okenet.key} tags oke-net wrote before keys were typed, captured once on FakeOci
 * (test resource {@code okenet-key-tags-0.x.txt}): the wire format that must never change.
 *
 * <pre>{@code
 * CapturedTags.of("prod").keys();   // [cluster, drg, drg-attachment:vcn, igw, …]
 * }</pre>
 */
public final class CapturedTags {
  /** One captured tag: the case it was captured in, the resource kind, the network tag and the key tag. */
  public record Tag(String caseName, String kind, String network, String key) {}

  private static final String FILE = "okenet-key-tags-0.x.txt";

  private CapturedTags() {}

  /** Every captured tag, in file order. */
  public static List<Tag> all() {
    try (InputStream in = CapturedTags.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("Test resource dev/okenet/key/" + FILE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1)).map(f -> new Tag(f[0], f[1], f[2], f[3])).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The key texts captured for {@code caseName}, sorted. */
  public static Set<String> keysOf(String caseName) {
    Set<String> keys = new TreeSet<>();
    all().stream().filter(t -> t.caseName().equals(caseName)).forEach(t -> keys.add(t.key()));
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("No captured tags for case '" + caseName + "'");
    }
    return keys;
  }
}
