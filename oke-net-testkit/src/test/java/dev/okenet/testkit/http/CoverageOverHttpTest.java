package dev.okenet.testkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.serialization.jackson.JacksonSerializer;
import dev.okenet.testkit.ApiCall;
import dev.okenet.testkit.CoverageFile;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.internal.door.RouteTable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation COVERAGE.md lists is served over HTTP: it has a route, and a request the SDK's
 * real client sends for it reaches FakeOci as that operation (the call log says so), whatever the
 * fake then answers to its placeholder values.
 */
class CoverageOverHttpTest {
    private static final ObjectMapper SDK_JSON = JacksonSerializer.getDefaultObjectMapper();
    private static final FakeOci FAKE = FakeOci.create();
    private static final OciServices HTTP = Door.HTTP.services(FAKE);

    @AfterEach
    void reset() {
        FAKE.reset();
    }

    @AfterAll
    static void close() {
        FAKE.close();
    }

    @Test
    void coverageListsOperationsOfTheServedServices() throws IOException {
        assertThat(CoverageFile.operationsByService().keySet()).containsExactlyInAnyOrderElementsOf(RouteTable.SERVICES);
        assertThat(CoverageFile.operationsByService().values()).allSatisfy(operations -> assertThat(operations).isNotEmpty());
    }

    @Test
    void everyOperationInCoverageHasAnHttpRoute() throws IOException {
        List<String> unrouted = new ArrayList<>();
        CoverageFile.operationsByService().forEach((service, operations) -> operations.stream()
                .filter(operation -> !RouteTable.standard().serves(service, operation))
                .forEach(operation -> unrouted.add(service + "." + operation)));

        assertThat(unrouted).isEmpty();
    }

    @Test
    void everyOperationInCoverageReachesFakeOciOverHttpAsItself() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> service : CoverageFile.operationsByService().entrySet()) {
            Object client = client(service.getKey());
            for (String operation : service.getValue()) {
                FAKE.calls().clear();
                String outcome = callWithPlaceholders(client, operation);
                List<ApiCall> calls = FAKE.calls().all();
                if (calls.size() != 1 || !calls.get(0).operation().equals(operation)
                        || !calls.get(0).service().equals(service.getKey())) {
                    wrong.add(service.getKey() + "." + operation + " -> " + calls + " (" + outcome + ")");
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    private static Object client(String service) {
        return switch (service) {
            case "VirtualNetwork" -> HTTP.virtualNetwork();
            case "ContainerEngine" -> HTTP.containerEngine();
            case "NetworkLoadBalancer" -> HTTP.networkLoadBalancer();
            case "LoadBalancer" -> Door.HTTP.loadBalancer(FAKE);
            case "Identity" -> HTTP.identity();
            default -> throw new AssertionError("COVERAGE.md names an unknown service " + service);
        };
    }

    /** Calls the operation with every string field and the body filled with placeholders. */
    private static String callWithPlaceholders(Object client, String operation) throws Exception {
        Method method = java.util.Arrays.stream(client.getClass().getInterfaces()[0].getMethods())
                .filter(m -> m.getName().equals(operation) && m.getParameterCount() == 1).findFirst().orElseThrow();
        Object request = placeholderRequest(method.getParameterTypes()[0]);
        try {
            method.invoke(client, request);
            return "ok";
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof BmcException oci) {
                return oci.getStatusCode() + " " + oci.getServiceCode();
            }
            return e.getCause().toString();
        }
    }

    private static Object placeholderRequest(Class<?> requestType) throws Exception {
        Object builder = requestType.getMethod("builder").invoke(null);
        for (Method setter : builder.getClass().getMethods()) {
            if (setter.getDeclaringClass() == builder.getClass() && setter.getParameterCount() == 1
                    && setter.getParameterTypes()[0] == String.class && !setter.getName().equals("body$")
                    && !Modifier.isStatic(setter.getModifiers())) {
                setter.invoke(builder, "ocid1.placeholder.oc1..aaaa" + setter.getName().toLowerCase());
            }
        }
        for (Method accessor : requestType.getDeclaredMethods()) {
            if (accessor.getName().equals("getBody$") && !accessor.isBridge()) {
                Object body = placeholderBody(SDK_JSON.constructType(accessor.getGenericReturnType()));
                for (Method setter : builder.getClass().getMethods()) {
                    if (setter.getName().equals("body$") && !setter.isBridge()) {
                        setter.invoke(builder, body);
                    }
                }
            }
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    /** An empty body; for a polymorphic type, an empty body of its first subtype. */
    private static Object placeholderBody(JavaType type) throws IOException {
        Class<?> raw = type.getRawClass();
        JsonTypeInfo typeInfo = raw.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = raw.getAnnotation(JsonSubTypes.class);
        if (typeInfo != null && subTypes != null && subTypes.value().length > 0) {
            return SDK_JSON.readValue("{\"" + typeInfo.property() + "\":\"" + subTypes.value()[0].name() + "\"}", type);
        }
        return SDK_JSON.readValue(type.isCollectionLikeType() ? "[]" : "{}", type);
    }
}
