package dev.okenet.property;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dependency cycles between the packages of one compiled module, read from its class files'
 * constant pools (every class named in a reference, descriptor or generic signature), so a test can
 * keep the module's packages layered.
 *
 * <p>A package and its {@code .internal} sub-packages are one <em>slice</em>: a public face and its
 * implementation may call each other. Between slices the dependencies must form no cycle. A
 * package of helpers shared by the whole module (e.g. {@code dev.okenet.internal}) is named with
 * {@link #ownSlice(String)} so that it is a slice of its own rather than part of its parent's.
 *
 * <pre>{@code
 * List<Set<String>> cycles = PackageCycles.of(OkeNetwork.class).ownSlice("dev.okenet.internal").cycles();
 * // [] when the packages are layered, else e.g. [[dev.okenet, dev.okenet.check]]
 * }</pre>
 */
public final class PackageCycles {
  private static final String PREFIX = "dev/okenet/";
  private static final Pattern REFERENCE = Pattern.compile("L(" + PREFIX + "[A-Za-z0-9_/$]+)[;<]");

  private final Path classes;
  private final Set<String> ownSlices = new TreeSet<>();

  private PackageCycles(Path classes) {
    this.classes = classes;
  }

  /** The module whose classes (a class folder or a jar's folder) hold {@code anchor}. */
  public static PackageCycles of(Class<?> anchor) {
    try {
      return new PackageCycles(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("No class folder for " + anchor.getName() + ": " + e.getMessage(), e);
    }
  }

  /** The module compiled into {@code classes}, a class folder. */
  public static PackageCycles in(Path classes) {
    if (!Files.isDirectory(classes)) {
      throw new IllegalArgumentException(classes + " is not a class folder. Give a module's target/classes.");
    }
    return new PackageCycles(classes);
  }

  /** Makes {@code packageName} (a module's shared helpers) a slice of its own. */
  public PackageCycles ownSlice(String packageName) {
    ownSlices.add(packageName);
    return this;
  }

  /** The slice of {@code packageName}: the package before its first {@code .internal} segment. */
  public String sliceOf(String packageName) {
    if (ownSlices.contains(packageName)) {
      return packageName;
    }
    int internal = (packageName + ".").indexOf(".internal.");
    return internal < 0 ? packageName : packageName.substring(0, internal);
  }

  /** Every cycle between slices (a strongly connected set of two or more), each sorted, smallest first. */
  public List<Set<String>> cycles() {
    Map<String, Map<String, String>> edges = sliceEdges();
    List<Set<String>> found = new ArrayList<>();
    for (Set<String> component : new Tarjan(edges).components()) {
      if (component.size() > 1) {
        found.add(new TreeSet<>(component));
      }
    }
    found.sort(Comparator.comparing((Set<String> c) -> c.size()).thenComparing(Object::toString));
    return found;
  }

  /**
   * The dependencies inside {@code cycle}, one line each with a class that makes it, e.g.
   * {@code "dev.okenet -> dev.okenet.check (dev.okenet.OkeNetwork uses dev.okenet.check.Validator)"}.
   */
  public String explain(Set<String> cycle) {
    Map<String, Map<String, String>> edges = sliceEdges();
    StringBuilder out = new StringBuilder();
    for (String from : new TreeSet<>(cycle)) {
      for (Map.Entry<String, String> to : new TreeMap<>(edges.getOrDefault(from, Map.of())).entrySet()) {
        if (cycle.contains(to.getKey())) {
          out.append(from).append(" -> ").append(to.getKey()).append(" (").append(to.getValue()).append(")\n");
        }
      }
    }
    return out.toString();
  }

  /** Slice to slice, each with one class dependency that makes it. */
  private Map<String, Map<String, String>> sliceEdges() {
    Map<String, Map<String, String>> edges = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        if (!name.startsWith(PREFIX) || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length());
        String from = sliceOf(packageOf(className));
        edges.computeIfAbsent(from, k -> new TreeMap<>());
        for (String used : referencedClasses(file)) {
          String to = sliceOf(packageOf(used));
          if (!to.equals(from)) {
            edges.get(from).putIfAbsent(to, dotted(className) + " uses " + dotted(used));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return edges;
  }

  private static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
  }

  private static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }

  /**
   * The {@code dev/okenet/...} classes named in the constant pool: class entries, and the types in
   * descriptors and signatures. String literals are skipped (they are text, not dependencies).
   */
  static Set<String> referencedClasses(Path classFile) throws IOException {
    try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException(classFile + " is not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      Set<Integer> classNames = new HashSet<>();
      Set<Integer> literals = new HashSet<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classNames.add(in.readUnsignedShort());
          case 8 -> literals.add(in.readUnsignedShort());
          case 16, 19, 20 -> in.readUnsignedShort();   // MethodType, Module, Package
          case 15 -> {   // MethodHandle
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {   // long and double take two slots
            in.readLong();
            i++;
          }
          default -> throw new IOException(classFile + ": unknown constant pool tag " + tag + " at " + i);
        }
      }
      Set<String> found = new TreeSet<>();
      for (int i = 1; i < count; i++) {
        String text = utf8[i];
        if (text == null || literals.contains(i) && !classNames.contains(i)) {
          continue;
        }
        if (classNames.contains(i) && text.startsWith(PREFIX)) {
          found.add(text);
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
          found.add(m.group(1));
        }
      }
      return found;
    }
  }

  /** Tarjan's strongly connected components, iterative so deep graphs cannot overflow the stack. */
  private static final class Tarjan {
    private final Map<String, Map<String, String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();
    private int next;

    Tarjan(Map<String, Map<String, String>> edges) {
      this.edges = edges;
    }

    List<Set<String>> components() {
      Set<String> nodes = new TreeSet<>(edges.keySet());
      edges.values().forEach(targets -> nodes.addAll(targets.keySet()));
      for (String node : nodes) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return components;
    }

    private void visit(String root) {
      Deque<Map.Entry<String, java.util.Iterator<String>>> work = new ArrayDeque<>();
      enter(root, work);
      while (!work.isEmpty()) {
        Map.Entry<String, java.util.Iterator<String>> top = work.peek();
        String node = top.getKey();
        if (top.getValue().hasNext()) {
          String target = top.getValue().next();
          if (!index.containsKey(target)) {
            enter(target, work);
          } else if (onStack.contains(target)) {
            low.put(node, Math.min(low.get(node), index.get(target)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = work.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          Set<String> component = new TreeSet<>();
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          components.add(component);
        }
      }
    }

    private void enter(String node, Deque<Map.Entry<String, java.util.Iterator<String>>> work) {
      index.put(node, next);
      low.put(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      work.push(Map.entry(node, new ArrayList<>(edges.getOrDefault(node, Map.of()).keySet()).iterator()));
    }
  }

  @Override
  public String toString() {
    return "PackageCycles in " + classes + cycles().stream().map(Object::toString).collect(Collectors.joining(", ", " ", ""));
  }
}
