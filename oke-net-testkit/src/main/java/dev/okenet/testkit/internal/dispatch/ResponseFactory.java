package dev.okenet.testkit.internal.dispatch;

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
 * {@code Method} it returns, which cost more than the call itself when done per call.
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
     * How to build one response type: its builder's factory, build method and setters; a header
     * setter is null when the response has no such header (e.g. no etag on a delete).
     */
    private static final class Shape {
        final Method builderFactory;
        final Method build;
        final Method status;
        final Method headers;
        final Method opcRequestId;
        final Method etag;
        final Method opcNextPage;
        final Method opcWorkRequestId;
        final Class<?> builderType;
        /** Body setters by the body's class: a handler may answer a subtype. */
        final Map<Class<?>, Method> bodySetters = new ConcurrentHashMap<>();

        private Shape(Method builderFactory, Class<?> builderType) throws NoSuchMethodException {
            this.builderFactory = builderFactory;
            this.builderType = builderType;
            this.build = accessible(builderType.getMethod("build"));
            this.status = optional(builderType, "__httpStatusCode__", int.class);
            this.headers = optional(builderType, "headers", Map.class);
            this.opcRequestId = optional(builderType, "opcRequestId", String.class);
            this.etag = optional(builderType, "etag", String.class);
            this.opcNextPage = optional(builderType, "opcNextPage", String.class);
            this.opcWorkRequestId = optional(builderType, "opcWorkRequestId", String.class);
        }

        static Shape of(Class<?> responseType) {
            try {
                Method factory = responseType.getMethod("builder");
                // The setters are those of the builder's runtime class, as the builder in hand has them.
                return new Shape(accessible(factory), factory.invoke(null).getClass());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(responseType + " has no builder() or build(); this is a FakeOci"
                        + " bug, please report it", e);
            }
        }

        Method bodySetter(Object body) throws NoSuchMethodException {
            Method setter = bodySetters.get(body.getClass());
            if (setter == null) {
                setter = accessible(findBodySetter(builderType, body));
                bodySetters.put(body.getClass(), setter);
            }
            return setter;
        }

        private static Method optional(Class<?> type, String name, Class<?> parameter) {
            try {
                return accessible(type.getMethod(name, parameter));
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    }

    Object build(Class<?> responseType, Reply reply, String opcRequestId) {
        try {
            Shape shape = SHAPES.get(responseType);
            Object builder = shape.builderFactory.invoke(null);
            set(shape.status, builder, reply.status());
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
                shape.bodySetter(reply.body()).invoke(builder, reply.body());
            }
            return shape.build.invoke(builder);
        } catch (ReflectiveOperationException e) {
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
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        headers.put("opc-request-id", List.of(opcRequestId));
        if (reply.etag() != null) {
            headers.put("etag", List.of(reply.etag()));
        }
        if (reply.nextPage() != null) {
            headers.put("opc-next-page", List.of(reply.nextPage()));
        }
        if (reply.workRequestId() != null) {
            headers.put("opc-work-request-id", List.of(reply.workRequestId()));
        }
        return headers;
    }

    private static void set(Method setter, Object target, Object value) throws ReflectiveOperationException {
        if (setter != null) {
            setter.invoke(target, value);
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
