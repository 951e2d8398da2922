package dev.okenet.testkit.internal.door;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation as the SDK sends it: {@code createVcn POST /20160918/vcns}, with the response
 * property that carries the body ({@code vcn}), or none.
 *
 * The service is one of {@link RouteTable#SERVICES}, e.g. {@code VirtualNetwork};
 * the template names path parameters in braces, e.g. {@code /20160918/vcns/{vcnId}}.
 */
final class Route {
    private final String service;
    private final String operation;
    private final String method;
    private final String template;
    private final String bodyProperty;
    private final List<String> segments;

    Route(String service, String operation, String method, String template, String bodyProperty) {
        this.service = service;
        this.operation = operation;
        this.method = method;
        this.template = template;
        this.bodyProperty = bodyProperty;
        // Split once: matching runs for every request.
        this.segments = List.copyOf(UriText.segments(template));
    }

    String service() {
        return service;
    }

    String operation() {
        return operation;
    }

    String method() {
        return method;
    }

    String template() {
        return template;
    }

    String bodyProperty() {
        return bodyProperty;
    }

    /** The template's segments; {@code {name}} marks a path parameter. */
    List<String> segments() {
        return segments;
    }

    /** The path parameters' names, in order. */
    List<String> parameters() {
        List<String> names = new ArrayList<>();
        for (String segment : segments()) {
            if (isParameter(segment)) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    /**
     * Matches decoded path segments against the template.
     *
     * @return the path parameters by name, or empty if the path is not this route's
     */
    Optional<Map<String, String>> match(List<String> path) {
        if (segments.size() != path.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                if (path.get(i).isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), path.get(i));
            } else if (!segment.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /**
     * How specific the template is: literal segments weigh more the earlier they come, so
     * {@code /vcns/actions/x} wins over {@code /vcns/{vcnId}/x} for the same path.
     */
    long specificity() {
        long score = 0;
        for (String segment : segments()) {
            score = score * 2 + (isParameter(segment) ? 0 : 1);
        }
        return score;
    }

    static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return service + "." + operation + " (" + method + " " + template + ")";
    }
}
