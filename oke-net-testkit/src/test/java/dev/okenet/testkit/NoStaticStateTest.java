package dev.okenet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7: the testkit keeps no state in static fields, so fakes and servers in one JVM
 * cannot reach each other. Every static field of every class in {@code dev.okenet.testkit} is
 * final and holds a value no one can change: a constant, an unmodifiable collection, or one of
 * the few kinds listed in {@link #STATELESS_KINDS} with why they share nothing between fakes.
 */
class NoStaticStateTest {
    /**
     * Kinds of static final field that hold no fake's state. ThreadLocal: a value for the calling
     * thread only, bound and cleared around one call (a request id, a caller key, a reusable
     * signature verifier). ClassValue: facts about a class (its reflective getters), the same for
     * every fake. VarHandle, MethodType, Logger, Namespace: handles and names, no data.
     */
    private static final Set<String> STATELESS_KINDS = Set.of("java.lang.ThreadLocal", "java.lang.ClassValue",
            "java.lang.invoke.VarHandle", "java.lang.invoke.MethodType", "org.slf4j.Logger",
            "org.junit.jupiter.api.extension.ExtensionContext$Namespace", "java.util.regex.Pattern",
            "java.time.format.DateTimeFormatter", "java.time.Duration");

    private static List<Class<?>> testkitClasses() throws IOException {
        Path root = Path.of("target", "classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("dev/okenet/testkit"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length())));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }

    private static String problem(Field field) throws IllegalAccessException {
        String where = field.getDeclaringClass().getName() + "." + field.getName();
        if (!Modifier.isFinal(field.getModifiers())) {
            return where + " is a static field that is not final";
        }
        Class<?> type = field.getType();
        if (type.isPrimitive() || type == String.class || type.isEnum() || type.isArray()
                || STATELESS_KINDS.contains(type.getName()) || type.getName().startsWith("java.lang.invoke.")) {
            return null;
        }
        field.setAccessible(true);
        Object value = field.get(null);
        if (value == null || value.getClass().isEnum() || value.getClass().isRecord()) {
            return null;
        }
        String kind = value.getClass().getName();
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return kind.startsWith("java.util.ImmutableCollections") || kind.startsWith("java.util.Collections$Unmodifiable")
                    || kind.startsWith("java.util.Collections$Empty") ? null : where + " holds a modifiable " + kind;
        }
        if (STATELESS_KINDS.stream().anyMatch(stateless -> isA(value.getClass(), stateless))) {
            return null;
        }
        if (value.getClass().getName().startsWith("dev.okenet.testkit.")) {
            // Our own immutable values (e.g. RateLimits.none(), the route table): final fields all the way.
            return finalFieldsOnly(value.getClass()) ? null : where + " holds a " + kind + " with non-final fields";
        }
        return where + " holds a " + kind + "; make it per fake or list why it holds no state";
    }

    private static boolean isA(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return true;
            }
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean finalFieldsOnly(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void everyStaticFieldOfTheTestkitHoldsNoState() throws Exception {
        List<Class<?>> classes = testkitClasses();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && !field.isEnumConstant()) {
                    String problem = problem(field);
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
            }
        }

        assertThat(classes).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }
}
