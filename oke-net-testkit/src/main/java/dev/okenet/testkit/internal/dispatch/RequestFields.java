package dev.okenet.testkit.internal.dispatch;

import java.lang.reflect.Method;
import java.util.Set;

/**
 * Reads the key fields of an SDK request for the call log: the resource id it names and the
 * display name in its details. Reflection keeps this in one place for all 300-odd request types.
 */
final class RequestFields {
    private static final Set<String> NOT_SUBJECTS = Set.of(
            "getOpcRequestId", "getOpcRetryToken", "getCompartmentId", "getIfMatch", "getPage");

    private RequestFields() {}

    static String resourceId(Object request) {
        for (Method method : request.getClass().getMethods()) {
            String name = method.getName();
            if (method.getParameterCount() == 0 && method.getReturnType() == String.class
                    && name.startsWith("get") && name.endsWith("Id") && !NOT_SUBJECTS.contains(name)) {
                Object value = invoke(method, request);
                if (value != null) {
                    return value.toString();
                }
            }
        }
        return null;
    }

    static String displayName(Object request) {
        for (Method method : request.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && method.getName().endsWith("Details")
                    && method.getName().startsWith("get")) {
                Object details = invoke(method, request);
                if (details != null) {
                    try {
                        Object name = details.getClass().getMethod("getDisplayName").invoke(details);
                        if (name != null) {
                            return name.toString();
                        }
                    } catch (ReflectiveOperationException e) {
                        // Details without a display name (e.g. NSG rules) simply have none to log.
                    }
                }
            }
        }
        try {
            Object name = request.getClass().getMethod("getDisplayName").invoke(request);
            return name == null ? null : name.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Operations that change state; everything else (get, list, ...) is a read. */
    static boolean isMutating(String operation) {
        return !(operation.startsWith("get") || operation.startsWith("list") || operation.startsWith("validate"));
    }
}
