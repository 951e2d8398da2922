package dev.okenet.testkit.internal.dispatch;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the key fields of an SDK request for the call log: the resource id it names and the
 * display name in its details. Reflection keeps this in one place for all 300-odd request types;
 * the getters are found once per class ({@link ClassValue}), since {@code Class.getMethods()}
 * copies every method each time and dominated the call when repeated per request.
 */
final class RequestFields {
    private static final Set<String> NOT_SUBJECTS = Set.of(
            "getOpcRequestId", "getOpcRetryToken", "getCompartmentId", "getIfMatch", "getPage");

    /**
     * The getters of one request class, in {@code getMethods()} order (the first non-null id wins,
     * as before the cache).
     *
     * @param ids the String {@code get...Id()} getters that can name the call's subject
     * @param details the {@code get...Details()} getters
     * @param displayName the request's own {@code getDisplayName()}, or null
     */
    private record Getters(List<Method> ids, List<Method> details, Method displayName) {
        static Getters of(Class<?> type) {
            List<Method> ids = new ArrayList<>();
            List<Method> details = new ArrayList<>();
            for (Method method : type.getMethods()) {
                String name = method.getName();
                if (method.getParameterCount() == 0 && method.getReturnType() == String.class
                        && name.startsWith("get") && name.endsWith("Id") && !NOT_SUBJECTS.contains(name)) {
                    ids.add(ResponseFactory.accessible(method));
                }
                if (method.getParameterCount() == 0 && name.endsWith("Details") && name.startsWith("get")) {
                    details.add(ResponseFactory.accessible(method));
                }
            }
            return new Getters(List.copyOf(ids), List.copyOf(details), displayNameGetter(type).orElse(null));
        }
    }

    private static final ClassValue<Getters> GETTERS = new ClassValue<>() {
        @Override
        protected Getters computeValue(Class<?> type) {
            return Getters.of(type);
        }
    };

    /** {@code getDisplayName()} of a details class, if it has one (NSG rules, e.g., have none). */
    private static final ClassValue<Optional<Method>> DISPLAY_NAMES = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return displayNameGetter(type);
        }
    };

    /** One empty argument array for every getter call, instead of a new one per call. */
    private static final Object[] NO_ARGUMENTS = new Object[0];

    private RequestFields() {}

    static String resourceId(Object request) {
        for (Method method : GETTERS.get(request.getClass()).ids()) {
            Object value = invoke(method, request);
            if (value != null) {
                return value.toString();
            }
        }
        return null;
    }

    static String displayName(Object request) {
        Getters getters = GETTERS.get(request.getClass());
        for (Method method : getters.details()) {
            Object details = invoke(method, request);
            if (details != null) {
                Optional<Method> getter = DISPLAY_NAMES.get(details.getClass());
                if (getter.isPresent()) {
                    Object name = invoke(getter.get(), details);
                    if (name != null) {
                        return name.toString();
                    }
                }
            }
        }
        if (getters.displayName() == null) {
            return null;
        }
        Object name = invoke(getters.displayName(), request);
        return name == null ? null : name.toString();
    }

    private static Optional<Method> displayNameGetter(Class<?> type) {
        try {
            return Optional.of(ResponseFactory.accessible(type.getMethod("getDisplayName")));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target, NO_ARGUMENTS);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Operations that change state; everything else (get, list, ...) is a read. */
    static boolean isMutating(String operation) {
        return !(operation.startsWith("get") || operation.startsWith("list") || operation.startsWith("validate"));
    }
}
