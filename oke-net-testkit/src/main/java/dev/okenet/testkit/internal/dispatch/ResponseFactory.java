package dev.okenet.testkit.internal.dispatch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link Reply} into the SDK's response object for an operation. Every SDK response has a
 * static {@code builder()} with one setter per header and one for the body, so one reflective
 * builder serves all of them, and handlers stay free of response boilerplate.
 */
final class ResponseFactory {
    private static final Set<String> HEADER_SETTERS = Set.of(
            "__httpStatusCode__", "headers", "opcRequestId", "etag", "opcNextPage", "opcWorkRequestId", "copy");

    private final Map<Class<?>, Method> builderFactories = new ConcurrentHashMap<>();

    Object build(Class<?> responseType, Reply reply, String opcRequestId) {
        try {
            Object builder = builderFactories
                    .computeIfAbsent(responseType, ResponseFactory::builderMethod)
                    .invoke(null);
            Class<?> builderType = builder.getClass();
            call(builderType, builder, "__httpStatusCode__", int.class, reply.status());
            call(builderType, builder, "headers", Map.class, headers(reply, opcRequestId));
            call(builderType, builder, "opcRequestId", String.class, opcRequestId);
            if (reply.etag() != null) {
                call(builderType, builder, "etag", String.class, reply.etag());
            }
            if (reply.nextPage() != null) {
                call(builderType, builder, "opcNextPage", String.class, reply.nextPage());
            }
            if (reply.workRequestId() != null) {
                call(builderType, builder, "opcWorkRequestId", String.class, reply.workRequestId());
            }
            if (reply.body() != null) {
                bodySetter(builderType, reply.body()).invoke(builder, reply.body());
            }
            return builderType.getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FakeOci could not build " + responseType.getSimpleName()
                    + "; this is a FakeOci bug, please report it", e);
        }
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

    private static Method builderMethod(Class<?> responseType) {
        try {
            return responseType.getMethod("builder");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(responseType + " has no builder()", e);
        }
    }

    private static void call(Class<?> type, Object target, String name, Class<?> parameter, Object value)
            throws IllegalAccessException, InvocationTargetException {
        try {
            type.getMethod(name, parameter).invoke(target, value);
        } catch (NoSuchMethodException e) {
            // This response has no such header (e.g. no etag on a delete); nothing to set.
        }
    }

    private static Method bodySetter(Class<?> builderType, Object body) throws NoSuchMethodException {
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
