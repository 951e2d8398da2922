package dev.okenet.property;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Calls every public constructor and method of a module's public API with {@code null} in each
 * reference parameter (and a {@code null} inside each array parameter), the other arguments valid,
 * and judges what comes back: the only good answer is an {@link IllegalArgumentException} (or a
 * {@link NullPointerException} the library threw on purpose) whose message is a sentence naming
 * the parameter. A null accepted silently, a JDK "Cannot invoke ... because ... is null", a bare
 * message or another exception is a problem.
 *
 * <p>Valid arguments and receivers come from a {@link Samples} registry the suite supplies. A
 * member whose all-valid call fails cannot be probed; it is reported as unexercised, so a probe
 * can never pass by accident.
 *
 * <p>Generic: it knows no oke-net type, so every module's tests (the api, the impl, the testkits,
 * which must not depend on the api) share it; each module brings its own {@link Samples}.
 *
 * <pre>{@code
 * List<Class<?>> classes = NullArgumentProbe.publicClasses(FakeOci.class);
 * NullArgumentProbe.Outcome o = NullArgumentProbe.probe(classes, new TestkitSamples());
 * assertThat(o.unexercised()).isEmpty();
 * assertThat(o.problems()).isEmpty();
 * }</pre>
 */
public final class NullArgumentProbe {
  /** The JDK's helpful NullPointerException messages: a null the library did not look at. */
  private static final Pattern JDK_NPE = Pattern.compile("^Cannot (invoke|read|load|store|throw|enter|exit|assign|use)\\b|because \"");

  private NullArgumentProbe() {}

  /** Valid arguments and receivers for the members probed. */
  public interface Samples {
    /** A valid value for parameter {@code p} of {@code member}, if known. */
    Optional<Object> value(Parameter p, Executable member);

    /** A fresh receiver of {@code type}, if known. */
    Optional<Object> receiver(Class<?> type);
  }

  /**
   * What a probe found.
   *
   * @param problems one line per null argument handled badly
   * @param unexercised members whose all-valid call failed or lacked samples, with why
   * @param tolerated nulls in a container parameter (Iterable, array, Optional) of a method the
   *     Immutables processor generated: the JDK's NullPointerException answers (naming the
   *     parameter, except for a varargs array), and no style option reaches those methods (they are
   *     final, so no subclass can check first); nulls inside the containers are covered
   * @param probes how many null arguments were tried
   */
  public record Outcome(List<String> problems, List<String> unexercised, List<String> tolerated, int probes) {}

  /**
   * The public classes (nested ones too) under the code-source root of {@code anchor}, outside any
   * {@code .internal} package, without generated {@code Immutable*} classes.
   */
  public static List<Class<?>> publicClasses(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains(".internal.") || name.endsWith("package-info") || name.equals("module-info") || name.matches(".*\\.Immutable\\w*(\\$.*)?")
            || name.matches(".*\\$\\d+.*")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Probes every public member of {@code classes} that takes a reference parameter. */
  public static Outcome probe(List<Class<?>> classes, Samples samples) {
    return probe(classes, samples, java.util.Map.of());
  }

  /**
   * Probes every public member of {@code classes} that takes a reference parameter.
   *
   * @param documentedNulls "Owner.member:parameter" (constructors as "Owner.new:parameter") of
   *     parameters whose documentation says null is accepted, each with that documented meaning
   */
  public static Outcome probe(List<Class<?>> classes, Samples samples, java.util.Map<String, String> documentedNulls) {
    return probe(classes, samples, documentedNulls, java.util.Map.of());
  }

  /**
   * As {@link #probe(List, Samples, java.util.Map)}; the members named in {@code noValidCall}
   * ("Owner.member", each with why) are probed without first proving that an all-valid call
   * succeeds, because none can here (e.g. it needs an instance metadata service): their null
   * arguments must still be refused first, with the parameter named.
   */
  public static Outcome probe(List<Class<?>> classes, Samples samples, java.util.Map<String, String> documentedNulls,
      java.util.Map<String, String> noValidCall) {
    List<String> problems = new ArrayList<>();
    List<String> tolerated = new ArrayList<>();
    List<String> unexercised = new ArrayList<>();
    int probes = 0;
    for (Class<?> c : classes) {
      for (Executable member : members(c)) {
        if (Arrays.stream(member.getParameterTypes()).allMatch(Class::isPrimitive)) {
          continue;
        }
        String name = describe(c, member);
        Optional<String> missing = validArguments(member, samples, new Object[member.getParameterCount()]);
        if (missing.isPresent()) {
          unexercised.add(name + ": no sample for " + missing.get());
          continue;
        }
        boolean skipValid = noValidCall.containsKey(owner(c) + "." + (member instanceof Constructor ? "new" : member.getName()));
        Optional<String> validFailure = skipValid ? Optional.empty()
            : call(c, member, samples, -1, false).map(t -> "the all-valid call threw " + t);
        if (validFailure.isPresent()) {
          unexercised.add(name + ": " + validFailure.get());
          continue;
        }
        Parameter[] params = member.getParameters();
        for (int index = 0; index < params.length; index++) {
          final int i = index;
          if (params[i].getType().isPrimitive()) {
            continue;
          }
          probes++;
          String key = owner(c) + "." + (member instanceof Constructor ? "new" : member.getName()) + ":" + params[i].getName();
          Optional<Throwable> outcome = call(c, member, samples, i, false);
          Optional<String> problem = judge(params[i], outcome);
          if (problem.isPresent() && documentedNulls.containsKey(key) && outcome.isEmpty()) {
            problem = Optional.empty();
          } else if (problem.isPresent() && isGeneratedContainerSetter(member, params[i]) && outcome.isPresent()
              && outcome.get() instanceof NullPointerException) {
            tolerated.add(name + " with null " + params[i].getName() + ": " + outcome.get().getMessage());
            problem = Optional.empty();
          }
          problem.ifPresent(p -> problems.add(name + " with null " + params[i].getName() + ": " + p));
          Class<?> component = params[i].getType().getComponentType();
          if (component != null && !component.isPrimitive()) {
            probes++;
            judge(params[i], call(c, member, samples, i, true))
                .ifPresent(p -> problems.add(name + " with a null in " + params[i].getName() + ": " + p));
          }
        }
      }
    }
    return new Outcome(problems, unexercised, tolerated, probes);
  }

  private static String owner(Class<?> c) {
    return c.getName().replaceFirst("^.*\\.", "").replace('$', '.');
  }

  /** A method the Immutables processor generated that takes a container: Iterable, array or Optional. */
  private static boolean isGeneratedContainerSetter(Executable member, Parameter p) {
    Class<?> t = p.getType();
    return member.getDeclaringClass().getName().matches(".*\\.Immutable\\w+\\$Builder")
        && (Iterable.class.isAssignableFrom(t) || t.isArray() || t == Optional.class);
  }

  /**
   * The members probed: constructors (except an exception's, whose message may be null as for every
   * JDK exception) and methods, except those of functional interfaces, which users implement, and
   * those inherited from another library (e.g. AssertJ's {@code AbstractAssert}, a JUnit callback's
   * default methods): a module answers for the code it ships.
   */
  private static List<Executable> members(Class<?> c) {
    List<Executable> out = new ArrayList<>();
    if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum() && !Throwable.class.isAssignableFrom(c)) {
      out.addAll(Arrays.asList(c.getConstructors()));
    }
    if (c.isInterface() && Arrays.stream(c.getMethods()).filter(m -> Modifier.isAbstract(m.getModifiers())).count() == 1) {
      return out;
    }
    for (Method m : c.getMethods()) {
      String declaring = m.getDeclaringClass().getName();
      if (m.isSynthetic() || m.isBridge() || declaring.startsWith("java.") || !sameCodeSource(m.getDeclaringClass(), c)
          || (c.isEnum() && m.getName().equals("valueOf"))
          || (m.getName().equals("equals") && m.getParameterCount() == 1)) {
        continue;
      }
      out.add(m);
    }
    out.sort(Comparator.comparing(NullArgumentProbe::signature));
    return out;
  }

  /** Whether {@code a} and {@code b} come from the same jar or class directory. */
  private static boolean sameCodeSource(Class<?> a, Class<?> b) {
    java.security.CodeSource sa = a.getProtectionDomain().getCodeSource();
    java.security.CodeSource sb = b.getProtectionDomain().getCodeSource();
    return sa != null && sb != null && java.util.Objects.equals(sa.getLocation(), sb.getLocation());
  }

  private static String signature(Executable e) {
    return e.getName() + Arrays.toString(e.getParameterTypes());
  }

  private static String describe(Class<?> c, Executable member) {
    String params = Arrays.stream(member.getParameters()).map(p -> p.getType().getSimpleName() + " " + p.getName())
        .reduce((a, b) -> a + ", " + b).orElse("");
    return owner(c) + (member instanceof Constructor ? "" : "." + member.getName()) + "(" + params + ")";
  }

  private static Optional<String> validArguments(Executable member, Samples samples, Object[] into) {
    Parameter[] params = member.getParameters();
    for (int i = 0; i < params.length; i++) {
      Optional<Object> v = samples.value(params[i], member);
      if (v.isEmpty()) {
        return Optional.of(params[i].getType().getSimpleName() + " " + params[i].getName());
      }
      into[i] = v.get();
    }
    return Optional.empty();
  }

  /**
   * Calls the member with fresh valid arguments (taken after the receiver, so a sample may match
   * it), {@code null} at {@code nullAt} (or, with {@code nullInside}, an array holding one null);
   * the throwable it threw, or empty when it returned.
   */
  private static Optional<Throwable> call(Class<?> c, Executable member, Samples samples, int nullAt, boolean nullInside) {
    try {
      Object receiver = null;
      if (member instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
        receiver = samples.receiver(c).orElse(null);
        if (receiver == null) {
          return Optional.of(new IllegalStateException("no receiver sample for " + c.getName()));
        }
      }
      Object[] args = new Object[member.getParameterCount()];
      validArguments(member, samples, args);
      if (nullAt >= 0) {
        args[nullAt] = nullInside ? Array.newInstance(member.getParameterTypes()[nullAt].getComponentType(), 1) : null;
      }
      if (member instanceof Constructor<?> ctor) {
        ctor.newInstance(args);
      } else {
        ((Method) member).invoke(receiver, args);
      }
      return Optional.empty();
    } catch (InvocationTargetException e) {
      return Optional.of(e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return Optional.of(e);
    }
  }

  /** Why the outcome of a null in {@code p} is bad, or empty when it is a clear refusal. */
  static Optional<String> judge(Parameter p, Optional<Throwable> outcome) {
    if (outcome.isEmpty()) {
      return Optional.of("accepted silently");
    }
    Throwable t = outcome.get();
    if (!(t instanceof IllegalArgumentException) && !(t instanceof NullPointerException)) {
      return Optional.of("threw " + t);
    }
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return Optional.of(t.getClass().getSimpleName() + " without a message");
    }
    if (t instanceof NullPointerException && JDK_NPE.matcher(message).find()) {
      return Optional.of("a JDK NullPointerException from inside: " + message);
    }
    if (message.split("\\s+").length < 4 || !message.matches("(?s).*[.?!]\\s*$")) {
      return Optional.of("the message is not a sentence with a fix: " + message);
    }
    if (!namesParameter(message, p.getName())) {
      return Optional.of("the message does not name '" + p.getName() + "': " + message);
    }
    return Optional.empty();
  }

  /** Whether {@code message} names {@code parameter}: its name, or each of its camel-case words (a plural's stem will do). */
  static boolean namesParameter(String message, String parameter) {
    String text = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String name = parameter.toLowerCase(Locale.ROOT);
    if (text.contains(name) || (name.endsWith("s") && text.contains(name.substring(0, name.length() - 1)))) {
      return true;
    }
    for (String word : parameter.split("(?<=[a-z0-9])(?=[A-Z])")) {
      String w = word.toLowerCase(Locale.ROOT);
      String stem = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
      if (!text.contains(stem)) {
        return false;
      }
    }
    return true;
  }
}
