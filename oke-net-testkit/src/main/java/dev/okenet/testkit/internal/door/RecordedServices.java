package dev.okenet.testkit.internal.door;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.ContainerEnginePaginators;
import com.oracle.bmc.containerengine.ContainerEngineWaiters;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.VirtualNetworkPaginators;
import com.oracle.bmc.core.VirtualNetworkWaiters;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.identity.IdentityPaginators;
import com.oracle.bmc.identity.IdentityWaiters;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerPaginators;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerWaiters;
import java.lang.reflect.Proxy;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * The SDK interfaces over a {@link DoorTarget}, in process: each operation goes through the
 * target (so the standalone server records it for snapshots) as the calling thread, with the
 * SDK's own waiters and paginators built over them.
 *
 * <pre>{@code
 * VirtualNetwork vn = RecordedServices.of(target, executor).virtualNetwork();
 * }</pre>
 */
public final class RecordedServices {
    private RecordedServices() {}

    /** The services; the waiters' futures run on {@code waiterExecutor}. */
    public static Recorded of(DoorTarget target, ExecutorService waiterExecutor) {
        return new Recorded(
                proxy(VirtualNetwork.class, "VirtualNetwork", target,
                        p -> new VirtualNetworkWaiters(waiterExecutor, p), VirtualNetworkPaginators::new),
                proxy(ContainerEngine.class, "ContainerEngine", target,
                        p -> new ContainerEngineWaiters(waiterExecutor, p), ContainerEnginePaginators::new),
                proxy(NetworkLoadBalancer.class, "NetworkLoadBalancer", target,
                        p -> new NetworkLoadBalancerWaiters(waiterExecutor, p), NetworkLoadBalancerPaginators::new),
                proxy(Identity.class, "Identity", target,
                        p -> new IdentityWaiters(waiterExecutor, p), IdentityPaginators::new));
    }

    /** The services through one target. */
    public record Recorded(VirtualNetwork virtualNetwork, ContainerEngine containerEngine,
            NetworkLoadBalancer networkLoadBalancer, Identity identity) {}

    private static <T> T proxy(Class<T> type, String service, DoorTarget target, Function<T, Object> waiters,
            Function<T, Object> paginators) {
        Object[] helpers = new Object[2];
        // One handle per method of this proxy, made on its first call.
        java.util.Map<java.lang.reflect.Method, Operation> operations = new java.util.concurrent.ConcurrentHashMap<>();
        T proxy = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> {
                    switch (method.getName()) {
                        case "getWaiters":
                            return helpers[0];
                        case "getPaginators":
                            return helpers[1];
                        case "toString":
                            return "FakeOci " + service + " (recorded)";
                        case "hashCode":
                            return System.identityHashCode(self);
                        case "equals":
                            return self == arguments[0];
                        case "setRegion", "setEndpoint", "refreshClient", "close", "useRealmSpecificEndpointTemplate":
                            return null;
                        default:
                            break;
                    }
                    if (method.getParameterCount() != 1) {
                        // Client plumbing (getEndpoint, ...): the fake's own service answers it.
                        return method.invoke(ServiceSet.of(target.fake()).service(service), arguments);
                    }
                    DoorTarget.Outcome outcome = target.call(service, operations.computeIfAbsent(method, Operation::of),
                            arguments[0], null);
                    if (outcome.failure() != null) {
                        throw outcome.failure();
                    }
                    return outcome.response();
                }));
        helpers[0] = waiters.apply(proxy);
        helpers[1] = paginators.apply(proxy);
        return proxy;
    }
}
