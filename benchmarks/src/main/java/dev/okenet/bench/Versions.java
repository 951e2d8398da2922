package dev.okenet.bench;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The two versions of oke-net a before/after benchmark compares, each with its own copy of {@link
 * dev.okenet.bench.driver.FakeOciDriver} in its own class loader (parent: the platform loader, so
 * nothing of one version is seen by the other):
 * <ul>
 *   <li>{@code after}: the code being measured, from this JVM's class path;
 *   <li>{@code before}: the baseline, from the class path in the system property {@value
 *       #BASELINE_CLASS_PATH}, which {@code run.sh} sets when given {@code BASELINE=<commit>} (it
 *       builds that commit in a {@code git archive} and compiles the driver against it).
 * </ul>
 * JMH forks its benchmark JVMs with the host's JVM arguments, so the property reaches them.
 *
 * <pre>{@code
 * Versions.Driver before = Versions.driver("before");
 * before.run("newInProcess");
 * Object result = before.supplier("applyInProcess").get();
 * }</pre>
 */
public final class Versions {
  /** The code being measured. */
  public static final String AFTER = "after";
  /** The baseline it is compared with. */
  public static final String BEFORE = "before";
  /** The system property holding the baseline's class path (driver first). */
  public static final String BASELINE_CLASS_PATH = "okenet.baseline.classpath";
  /** The system property naming the baseline commit, for the reports. */
  public static final String BASELINE_COMMIT = "okenet.baseline.commit";

  private static final Map<String, ClassLoader> LOADERS = new ConcurrentHashMap<>();

  private Versions() {}

  /** Whether a baseline class path was given. */
  public static boolean hasBaseline() {
    String path = System.getProperty(BASELINE_CLASS_PATH);
    return path != null && !path.isBlank();
  }

  /** A new driver of {@code code} ("before" or "after"). */
  public static Driver driver(String code) {
    ClassLoader loader = LOADERS.computeIfAbsent(code, Versions::loader);
    try {
      Class<?> type = Class.forName("dev.okenet.bench.driver.FakeOciDriver", true, loader);
      Object target = withLoader(loader, () -> {
        try {
          return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      });
      return new Driver(code, loader, target);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The " + code + " class path has no dev.okenet.bench.driver.FakeOciDriver; "
          + "build the benchmarks (and, for before, let run.sh compile the driver against the baseline).", e);
    }
  }

  private static ClassLoader loader(String code) {
    String path;
    if (AFTER.equals(code)) {
      path = System.getProperty("java.class.path");
    } else if (BEFORE.equals(code)) {
      if (!hasBaseline()) {
        throw new IllegalStateException("No baseline to measure 'before': run benchmarks/run.sh with BASELINE=<commit>, "
            + "or pass -D" + BASELINE_CLASS_PATH + "=<driver classes>:<the baseline's jars>.");
      }
      path = System.getProperty(BASELINE_CLASS_PATH);
    } else {
      throw new IllegalArgumentException("code is '" + code + "'; use 'before' or 'after'.");
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        try {
          urls.add(new File(entry).toURI().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalArgumentException("Class path entry '" + entry + "' of " + code + " is not a path.", e);
        }
      }
    }
    return new URLClassLoader("okenet-" + code, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static <T> T withLoader(ClassLoader loader, Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * One version's driver. Calls run with the version's loader as the thread's context loader (the
   * SDK's HTTP client finds its providers through it, and threads started meanwhile inherit it).
   */
  public static final class Driver {
    private final String code;
    private final ClassLoader loader;
    private final Object target;

    Driver(String code, ClassLoader loader, Object target) {
      this.code = code;
      this.loader = loader;
      this.target = target;
    }

    /** "before" or "after". */
    public String code() {
      return code;
    }

    /** A no-argument method of the driver as a supplier: a method handle, no reflection per call. */
    public Supplier<Object> supplier(String method) {
      MethodHandle handle = handle(method);
      return () -> withLoader(loader, () -> {
        try {
          return (Object) handle.invokeExact();
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
      });
    }

    /** Calls a no-argument method of the driver. */
    public Object run(String method) {
      return supplier(method).get();
    }

    /** Calls a method of the driver with arguments (JDK types), through reflection: for figures, not timings. */
    public Object call(String method, Object... arguments) {
      return withLoader(loader, () -> {
        for (var m : target.getClass().getMethods()) {
          if (m.getName().equals(method) && m.getParameterCount() == arguments.length) {
            try {
              return m.invoke(target, arguments);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        }
        throw new IllegalArgumentException("The " + code + " driver has no method " + method + " of "
            + arguments.length + " arguments.");
      });
    }

    private MethodHandle handle(String method) {
      for (var m : target.getClass().getMethods()) {
        if (m.getName().equals(method) && m.getParameterCount() == 0) {
          try {
            return MethodHandles.publicLookup().unreflect(m).bindTo(target).asType(MethodType.methodType(Object.class));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      throw new IllegalArgumentException("The " + code + " driver has no method " + method + "().");
    }
  }
}
