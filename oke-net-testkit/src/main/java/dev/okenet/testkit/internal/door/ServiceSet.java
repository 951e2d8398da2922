package dev.okenet.testkit.internal.door;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.testkit.FakeOci;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A fake's in-process services by the name the route tables use, and how to call one of
 * their operations as a given caller.
 *
 * <pre>{@code
 * ServiceSet.of(fake).call(fake, "VirtualNetwork", createVcn, request, callerKey);
 * }</pre>
 */
public final class ServiceSet {
    /** Each service's SDK interface, by the name the route tables use. */
    public static final Map<String, Class<?>> INTERFACES = Map.of(
            "VirtualNetwork", VirtualNetwork.class,
            "ContainerEngine", ContainerEngine.class,
            "NetworkLoadBalancer", NetworkLoadBalancer.class,
            "LoadBalancer", LoadBalancer.class,
            "Identity", Identity.class);

    /** Each service's getter on the fake: a fake makes a service's client when first asked. */
    private final Map<String, Supplier<Object>> services;

    private ServiceSet(Map<String, Supplier<Object>> services) {
        this.services = Map.copyOf(services);
    }

    public static ServiceSet of(FakeOci fake) {
        return new ServiceSet(Map.of("VirtualNetwork", fake::virtualNetwork, "ContainerEngine", fake::containerEngine,
                "NetworkLoadBalancer", fake::networkLoadBalancer, "LoadBalancer", fake::loadBalancer,
                "Identity", fake::identity));
    }

    /** The in-process service by name. */
    Object service(String name) {
        return services.get(name).get();
    }

    /** Calls the operation; a caller key makes the fake serve it in that caller's virtual time. */
    public DoorTarget.Outcome call(FakeOci fake, String service, Operation operation, Object request, String callerKey) {
        Object implementation = service(service);
        return callerKey == null ? invoke(implementation, operation, request)
                : fake.clock().asCaller(callerKey, () -> invoke(implementation, operation, request));
    }

    private static DoorTarget.Outcome invoke(Object implementation, Operation operation, Object request) {
        try {
            return new DoorTarget.Outcome(operation.invoke(implementation, request), null);
        } catch (Throwable failure) {
            // What the service threw (a BmcException, an unsupported operation, a simulated crash): the answer.
            return new DoorTarget.Outcome(null, failure);
        }
    }
}
