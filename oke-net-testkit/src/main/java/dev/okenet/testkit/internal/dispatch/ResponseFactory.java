package dev.okenet.testkit.internal.dispatch;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link Reply} into the SDK's response object for an operation. Every SDK response has a
 * static {@code builder()} with one setter per header and one for the body, so one reflective
 * builder serves all of them, and handlers stay free of response boilerplate. The methods are
 * looked up once per response type ({@link Shape}): {@code Class.getMethod(s)} copies every
 * {@code Method} it returns, which cost more than the call itself when done per call; they are
 * called through method handles, which neither box nor copy arguments.
 */
final class ResponseFactory {
    private static final Set<String> HEADER_SETTERS = Set.of(
            "__httpStatusCode__", "headers", "opcRequestId", "etag", "opcNextPage", "opcWorkRequestId", "copy");

    /** Shapes are facts about SDK classes, the same for every FakeOci, so one cache serves all. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> responseType) {
            return Shape.of(responseType);
        }
    };

    /**
     * How to build one response type: its builder's factory, build method and setters as method
     * handles (a {@code Method.invoke} boxes its arguments into a new array on every call); a header
     * setter is null when the response has no such header (e.g. no etag on a delete).
     */
    private static final class Shape {
        private static final MethodType FACTORY = MethodType.methodType(Object.class);
        private static final MethodType BUILD = MethodType.methodType(Object.class, Object.class);
        private static final MethodType SET = MethodType.methodType(Object.class, Object.class, Object.class);
        private static final MethodType SET_INT = MethodType.methodType(Object.class, Object.class, int.class);

        final MethodHandle builderFactory;
        final MethodHandle build;
        final MethodHandle status;
        final MethodHandle headers;
        final MethodHandle opcRequestId;
        final MethodHandle etag;
        final MethodHandle opcNextPage;
        final MethodHandle opcWorkRequestId;
        final Class<?> builderType;
        /** Body setters by the body's class: a handler may answer a subtype. */
        final Map<Class<?>, MethodHandle> bodySetters = new ConcurrentHashMap<>();

        private Shape(Method builderFactory, Class<?> builderType) throws ReflectiveOperationException {
            this.builderFactory = handle(builderFactory, FACTORY);
            this.builderType = builderType;
            this.build = handle(builderType.getMethod("build"), BUILD);
            this.status = optional(builderType, "__httpStatusCode__", int.class, SET_INT);
            this.headers = optional(builderType, "headers", Map.class, SET);
            this.opcRequestId = optional(builderType, "opcRequestId", String.class, SET);
            this.etag = optional(builderType, "etag", String.class, SET);
            this.opcNextPage = optional(builderType, "opcNextPage", String.class, SET);
            this.opcWorkRequestId = optional(builderType, "opcWorkRequestId", String.class, SET);
        }

        static Shape of(Class<?> responseType) {
            try {
                Method factory = responseType.getMethod("builder");
                // The setters are those of the builder's runtime class, as the builder in hand has them.
                return new Shape(factory, factory.invoke(null).getClass());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(responseType + " has no builder() or build(); this is a FakeOci"
                        + " bug, please report it", e);
            }
        }

        MethodHandle bodySetter(Object body) throws ReflectiveOperationException {
            MethodHandle setter = bodySetters.get(body.getClass());
            if (setter == null) {
                setter = handle(findBodySetter(builderType, body), SET);
                bodySetters.put(body.getClass(), setter);
            }
            return setter;
        }

        private static MethodHandle optional(Class<?> type, String name, Class<?> parameter, MethodType as)
                throws IllegalAccessException {
            try {
                return handle(type.getMethod(name, parameter), as);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        private static MethodHandle handle(Method method, MethodType as) throws IllegalAccessException {
            return MethodHandles.lookup().unreflect(accessible(method)).asType(as);
        }
    }

    Object build(Class<?> responseType, Reply reply, String opcRequestId) {
        try {
            Shape shape = SHAPES.get(responseType);
            Object builder = (Object) shape.builderFactory.invokeExact();
            if (shape.status != null) {
                Object ignored = (Object) shape.status.invokeExact(builder, reply.status());
            }
            set(shape.headers, builder, headers(reply, opcRequestId));
            set(shape.opcRequestId, builder, opcRequestId);
            if (reply.etag() != null) {
                set(shape.etag, builder, reply.etag());
            }
            if (reply.nextPage() != null) {
                set(shape.opcNextPage, builder, reply.nextPage());
            }
            if (reply.workRequestId() != null) {
                set(shape.opcWorkRequestId, builder, reply.workRequestId());
            }
            if (reply.body() != null) {
                set(shape.bodySetter(reply.body()), builder, reply.body());
            }
            return (Object) shape.build.invokeExact(builder);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("FakeOci could not build " + responseType.getSimpleName()
                    + "; this is a FakeOci bug, please report it", e);
        }
    }

    /**
     * Skips the access check {@code Method.invoke} otherwise repeats on every call; these are public
     * SDK methods, so nothing is opened that was closed. Where the check cannot be skipped, it stays.
     */
    static Method accessible(Method method) {
        method.trySetAccessible();
        return method;
    }

    private static Map<String, List<String>> headers(Reply reply, String opcRequestId) {
        return new ReplyHeaders(opcRequestId, reply);
    }

    private static void set(MethodHandle setter, Object target, Object value) throws Throwable {
        if (setter != null) {
            Object ignored = (Object) setter.invokeExact(target, value);
        }
    }

    private static Method findBodySetter(Class<?> builderType, Object body) throws NoSuchMethodException {
        for (Method method : builderType.getMethods()) {
            if (method.getParameterCount() == 1
                    && !HEADER_SETTERS.contains(method.getName())
                    && method.getDeclaringClass() == builderType
                    && method.getParameterTypes()[0].isInstance(body)) {
                return method;
            }
        }
        throw new NoSuchMethodException(builderType.getName() + " has no setter for " + body.getClass());
    }
}
