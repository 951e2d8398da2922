package dev.okenet.testkit.internal.door;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one route meets the SDK's classes: the interface method to call, the request builder's
 * setters (path parameters, query parameters and headers all land on a setter of the same name),
 * the body type, and the response's body getter. Built once per operation by reflection; reused
 * for every request.
 */
final class OperationBinding {
    /** Builder methods that are plumbing, not request fields. */
    private static final Set<String> NOT_FIELDS =
            Set.of("copy", "invocationCallback", "retryConfiguration", "body$", "build", "buildWithoutInvocationCallback");

    private final Route route;
    private final Operation operation;
    private final Method builderFactory;
    private final Method build;
    private final Map<String, Setter> setters = new HashMap<>();
    private final Method bodySetter;
    private final JavaType bodyType;
    private final Method bodyGetter;

    /** A builder setter and the type its argument is converted to. */
    private record Setter(Method method, JavaType type, boolean list) {}

    private OperationBinding(Route route, Class<?> serviceInterface, ObjectMapper json) {
        this.route = route;
        this.operation = Operation.named(serviceInterface, route.operation());
        Class<?> requestType = operation.requestType();
        this.builderFactory = publicMethod(requestType, "builder");
        Class<?> builderType = builderFactory.getReturnType();
        this.build = publicMethod(builderType, "build");
        Method bodyAccessor = declaredBodyAccessor(requestType);
        this.bodyType = bodyAccessor == null ? null : json.constructType(bodyAccessor.getGenericReturnType());
        this.bodySetter = bodyAccessor == null ? null : bodySetter(builderType, bodyAccessor.getReturnType());
        for (Method method : builderType.getMethods()) {
            if (method.getParameterCount() == 1 && !method.isBridge() && !NOT_FIELDS.contains(method.getName())
                    && method.getDeclaringClass() == builderType && !Modifier.isStatic(method.getModifiers())
                    && takesTheFieldsType(requestType, method)) {
                JavaType type = json.constructType(method.getGenericParameterTypes()[0]);
                setters.put(method.getName(), new Setter(method, type, type.isCollectionLikeType()));
            }
        }
        Class<?> responseType = operation.responseType();
        this.bodyGetter = route.bodyProperty() == null ? null
                : publicMethod(responseType, "get" + Character.toUpperCase(route.bodyProperty().charAt(0))
                        + route.bodyProperty().substring(1));
    }

    static OperationBinding of(Route route, Class<?> serviceInterface, ObjectMapper json) {
        return new OperationBinding(route, serviceInterface, json);
    }

    Route route() {
        return route;
    }

    /** The interface's operation, e.g. {@code VirtualNetwork.createVcn(CreateVcnRequest)}. */
    Operation operation() {
        return operation;
    }

    boolean hasBody() {
        return bodyType != null;
    }

    /** The request fields a path parameter, query parameter or header can set. */
    Set<String> fields() {
        return java.util.Collections.unmodifiableSet(setters.keySet());
    }

    /**
     * Rebuilds the SDK request the client built, from what it sent.
     *
     * @param headers request headers with lower-case names
     * @throws BadRequest when a value does not parse as its field's type
     */
    Object request(Map<String, String> pathParameters, Map<String, List<String>> query,
            Map<String, List<String>> headers, byte[] body, ObjectMapper json) throws BadRequest {
        Object builder = invoke(builderFactory, null);
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            set(builder, parameter.getKey(), List.of(parameter.getValue()), "path parameter", json);
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            set(builder, parameter.getKey(), parameter.getValue(), "query parameter", json);
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (isRequestHeader(header.getKey())) {
                set(builder, camelCase(header.getKey()), header.getValue(), "header", json);
            }
        }
        if (bodyType != null && body.length > 0) {
            Object details;
            try {
                details = json.readValue(body, bodyType);
            } catch (IOException e) {
                String reason = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
                throw new BadRequest("CannotParseRequest", "The request body of " + route.operation()
                        + " is not a valid " + bodyType.getRawClass().getSimpleName() + ": "
                        + reason + "; send the JSON the SDK model serialises to.");
            }
            invoke(bodySetter, builder, details);
        }
        return invoke(build, builder);
    }

    /** The response's body (a model, a list or a collection), or null when it has none. */
    Object responseBody(Object response) {
        return bodyGetter == null ? null : invoke(bodyGetter, response);
    }

    private void set(Object builder, String name, List<String> values, String where, ObjectMapper json)
            throws BadRequest {
        Setter setter = setters.get(name);
        if (setter == null) {
            // OCI ignores parameters an operation does not define; so does the SDK's own server side.
            return;
        }
        Object value;
        try {
            value = setter.type().hasRawClass(String.class) ? values.get(0)
                    : json.convertValue(setter.list() ? values : values.get(0), setter.type());
        } catch (IllegalArgumentException e) {
            throw invalid(name, values, where, setter);
        }
        if (isUnknownEnumValue(value)) {
            // The SDK's enums read any text as UnknownEnumValue; OCI refuses a value it does not define.
            throw invalid(name, values, where, setter);
        }
        invoke(setter.method(), builder, value);
    }

    private BadRequest invalid(String name, List<String> values, String where, Setter setter) {
        Class<?> type = setter.list() ? setter.type().getContentType().getRawClass() : setter.type().getRawClass();
        String allowed = type.isEnum() ? "; give one of " + wireValues(type) : "; send a value of that type";
        return new BadRequest("InvalidParameter", "The " + where + " '" + name + "' of " + route.operation()
                + " has the value " + values + ", which is not a valid " + type.getSimpleName() + allowed + ".");
    }

    private static boolean isUnknownEnumValue(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name().equals("UnknownEnumValue");
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.stream().anyMatch(OperationBinding::isUnknownEnumValue);
        }
        return false;
    }

    /** An SDK enum's values as they go over the wire ({@code getValue()}), without UnknownEnumValue. */
    private static List<String> wireValues(Class<?> enumType) {
        List<String> names = new java.util.ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            if (value.name().equals("UnknownEnumValue")) {
                continue;
            }
            try {
                names.add(String.valueOf(enumType.getMethod("getValue").invoke(constant)));
            } catch (ReflectiveOperationException e) {
                names.add(value.name());
            }
        }
        return names;
    }

    /** Headers that carry request fields: opc-retry-token, opc-request-id, if-match, cache-control... */
    private static boolean isRequestHeader(String name) {
        return name.startsWith("opc-") || name.startsWith("if-") || name.equals("cache-control");
    }

    /** {@code opc-retry-token} to {@code opcRetryToken}, the SDK's name for the field. */
    static String camelCase(String header) {
        StringBuilder name = new StringBuilder(header.length());
        boolean upper = false;
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /**
     * True if the setter takes what the field holds: builders add singular overloads for list
     * fields ({@code lifecycleState(ClusterLifecycleState)} beside {@code lifecycleState(List)}),
     * and a repeated query parameter must land on the list one.
     */
    private static boolean takesTheFieldsType(Class<?> requestType, Method setter) {
        String getter = "get" + Character.toUpperCase(setter.getName().charAt(0)) + setter.getName().substring(1);
        try {
            return requestType.getMethod(getter).getReturnType() == setter.getParameterTypes()[0];
        } catch (NoSuchMethodException e) {
            // A setter without a getter is no request field (e.g. a deprecated alias); it is never set.
            return false;
        }
    }

    /** The request's own {@code getBody$()}, or null when the request has no body. */
    private static Method declaredBodyAccessor(Class<?> requestType) {
        for (Method method : requestType.getDeclaredMethods()) {
            if (method.getName().equals("getBody$") && method.getParameterCount() == 0 && !method.isBridge()) {
                return method;
            }
        }
        return null;
    }

    private static Method bodySetter(Class<?> builderType, Class<?> bodyClass) {
        for (Method method : builderType.getMethods()) {
            if (method.getName().equals("body$") && !method.isBridge()
                    && method.getParameterTypes()[0] == bodyClass) {
                return method;
            }
        }
        throw new IllegalStateException(builderType.getName() + " has no body$(" + bodyClass.getSimpleName() + ")");
    }

    private static Method publicMethod(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no " + name + "(); the route table and the SDK"
                    + " disagree, regenerate the .routes table for this SDK version.", e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method, e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(method + " failed", cause);
        }
    }

    /** A request the server refuses with 400 before it reaches FakeOci. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;

        BadRequest(String code, String message) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
