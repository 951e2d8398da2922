package dev.okenet.testkit.internal.door;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static final Map<String, Class<?>> INTERFACES = Map.of(
            "VirtualNetwork", VirtualNetwork.class,
            "ContainerEngine", ContainerEngine.class,
            "NetworkLoadBalancer", NetworkLoadBalancer.class,
            "LoadBalancer", com.oracle.bmc.loadbalancer.LoadBalancer.class,
            "Identity", com.oracle.bmc.identity.Identity.class);

    private final RouteTable table = RouteTable.standard();

    private static Set<String> sdkOperations(Class<?> type) {
        Set<String> operations = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 1 && method.getParameterTypes()[0].getSimpleName().endsWith("Request")
                    && method.getReturnType().getSimpleName().endsWith("Response")) {
                operations.add(method.getName());
            }
        }
        return operations;
    }

    @ParameterizedTest
    @ValueSource(strings = {"VirtualNetwork", "ContainerEngine", "NetworkLoadBalancer", "LoadBalancer", "Identity"})
    void everySdkOperationOfTheServiceHasExactlyOneRoute(String service) {
        List<String> routed = table.routes().stream().filter(route -> route.service().equals(service))
                .map(Route::operation).sorted().toList();

        assertThat(routed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(routed)).isEqualTo(sdkOperations(INTERFACES.get(service)));
    }

    @Test
    void everyRouteBindsToTheSdkRequestAndResponseClasses() {
        List<String> broken = new ArrayList<>();
        for (Route route : table.routes()) {
            try {
                OperationBinding.of(route, INTERFACES.get(route.service()), OciJson.mapper());
            } catch (RuntimeException e) {
                broken.add(route + ": " + e.getMessage());
            }
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void everyRequestFieldButTheBodyCanBeSetFromTheWire() {
        List<String> unsettable = new ArrayList<>();
        for (Route route : table.routes()) {
            OperationBinding binding = OperationBinding.of(route, INTERFACES.get(route.service()), OciJson.mapper());
            for (Field field : requestType(route).getDeclaredFields()) {
                boolean body = binding.hasBody() && field.getType() == bodyAccessor(requestType(route)).getReturnType();
                if (!Modifier.isStatic(field.getModifiers()) && !body && !binding.fields().contains(field.getName())) {
                    unsettable.add(route + " ." + field.getName());
                }
            }
        }

        assertThat(unsettable).isEmpty();
    }

    private static Method bodyAccessor(Class<?> request) {
        return java.util.Arrays.stream(request.getDeclaredMethods())
                .filter(m -> m.getName().equals("getBody$") && !m.isBridge()).findFirst().orElseThrow();
    }

    @Test
    void everyPathParameterIsARequestField() {
        List<String> missing = new ArrayList<>();
        for (Route route : table.routes()) {
            Class<?> request = requestType(route);
            for (String parameter : route.parameters()) {
                String getter = "get" + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
                if (java.util.Arrays.stream(request.getMethods()).noneMatch(m -> m.getName().equals(getter))) {
                    missing.add(route + " {" + parameter + "}");
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void theBodyPropertyIsTheResponsesOnlyFieldThatIsNotAHeader() {
        List<String> wrong = new ArrayList<>();
        for (Route route : table.routes()) {
            List<String> bodyFields = new ArrayList<>();
            for (Field field : operation(route).getReturnType().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !isHeaderType(field.getType())) {
                    bodyFields.add(field.getName());
                }
            }
            String expected = bodyFields.isEmpty() ? null : String.join(",", bodyFields);
            if (!java.util.Objects.equals(expected, route.bodyProperty())) {
                wrong.add(route + " has body property " + route.bodyProperty() + ", the response has " + expected);
            }
        }

        assertThat(wrong).isEmpty();
    }

    private static boolean isHeaderType(Class<?> type) {
        return type.isPrimitive() || type == String.class || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == java.util.Date.class || type.isEnum();
    }

    @Test
    void aSamplePathOfEveryRouteResolvesToThatRoute() {
        List<String> misrouted = new ArrayList<>();
        for (Route route : table.routes()) {
            List<String> path = route.segments().stream()
                    .map(segment -> Route.isParameter(segment) ? "ocid1.sample.oc1..aaaa" + segment.length() : segment)
                    .collect(Collectors.toList());
            String found = table.find(route.method(), path).map(match -> match.route().toString()).orElse("nothing");
            if (!found.equals(route.toString())) {
                misrouted.add(route + " -> " + found);
            }
        }

        assertThat(misrouted).isEmpty();
    }

    @Test
    void aLiteralSegmentWinsOverAParameterInTheSamePlace() {
        // GET /vcns/{vcnId} and a hypothetical literal sibling: the literal route must be chosen.
        Route byId = new Route("S", "getThing", "GET", "/1/things/{thingId}", null);
        Route literal = new Route("S", "listThingShapes", "GET", "/1/things/shapes", null);

        assertThat(literal.specificity()).isGreaterThan(byId.specificity());
    }

    @Test
    void pathParametersComeBackDecoded() {
        RouteTable.Match match = table.find("GET", UriText.decodedSegments("/20160918/vcns/ocid1.vcn.oc1..a%2Fb%20c"))
                .orElseThrow();

        assertThat(match.route().operation()).isEqualTo("getVcn");
        assertThat(match.pathParameters()).containsExactly(Map.entry("vcnId", "ocid1.vcn.oc1..a/b c"));
    }

    @Test
    void anUnknownPathMatchesNothing() {
        assertThat(table.find("GET", UriText.decodedSegments("/20160918/unicorns/1"))).isEmpty();
    }

    @Test
    void theWrongMethodForAKnownPathMatchesNothing() {
        assertThat(table.find("PATCH", UriText.decodedSegments("/20160918/vcns"))).isEmpty();
    }

    private static Class<?> requestType(Route route) {
        return operation(route).getParameterTypes()[0];
    }

    private static Method operation(Route route) {
        for (Method method : INTERFACES.get(route.service()).getMethods()) {
            if (method.getName().equals(route.operation()) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new AssertionError("no SDK method for " + route);
    }
}
