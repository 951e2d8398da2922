package dev.okenet.testkit.internal.dispatch;

import java.util.function.Function;

/**
 * Serves an SDK client interface ({@code VirtualNetwork}, {@code ContainerEngine},
 * {@code NetworkLoadBalancer}, {@code LoadBalancer}, {@code Identity}) through a generated class
 * ({@code FakeVirtualNetwork}, ...): each operation goes to its handler in the {@link
 * OperationTable} through the {@link Dispatcher}; operations without one fail loudly; the client
 * plumbing (region, endpoint, close) is accepted and ignored; {@code getWaiters()} and {@code
 * getPaginators()} return the SDK's own classes built over the service. Generated classes rather
 * than {@code java.lang.reflect.Proxy}: a proxy loads every request and response class its
 * interface names when it is made, a class only those of the operations called.
 */
public final class ServiceProxy implements ServiceCalls {
    private final String service;
    private final OperationTable table;
    private final Dispatcher dispatcher;
    private volatile Object waiters;
    private volatile Object paginators;
    private volatile String endpoint;

    private ServiceProxy(String service, OperationTable table, Dispatcher dispatcher) {
        this.service = service;
        this.table = table;
        this.dispatcher = dispatcher;
    }

    /**
     * @param waiters builds the SDK's {@code *Waiters} over the service
     * @param paginators builds the SDK's {@code *Paginators} over the service
     */
    public static <T> T create(Class<T> iface, OperationTable table, Dispatcher dispatcher,
            String endpoint, Function<T, Object> waiters, Function<T, Object> paginators) {
        ServiceProxy handler = new ServiceProxy(iface.getSimpleName(), table, dispatcher);
        handler.endpoint = endpoint;
        T service = iface.cast(implementation(iface, handler));
        handler.waiters = waiters.apply(service);
        handler.paginators = paginators.apply(service);
        return service;
    }

    private static Object implementation(Class<?> iface, ServiceCalls calls) {
        return switch (iface.getName()) {
            case "com.oracle.bmc.core.VirtualNetwork" -> new FakeVirtualNetwork(calls);
            case "com.oracle.bmc.containerengine.ContainerEngine" -> new FakeContainerEngine(calls);
            case "com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer" -> new FakeNetworkLoadBalancer(calls);
            case "com.oracle.bmc.loadbalancer.LoadBalancer" -> new FakeLoadBalancer(calls);
            case "com.oracle.bmc.identity.Identity" -> new FakeIdentity(calls);
            default -> throw new IllegalArgumentException("FakeOci has no in-process " + iface.getName());
        };
    }

    @Override
    public Object plumbing(String name, Object... arguments) {
        switch (name) {
            case "getWaiters":
                return waiters;
            case "getPaginators":
                return paginators;
            case "getEndpoint":
                return endpoint;
            case "setEndpoint":
                endpoint = (String) arguments[0];
                return null;
            case "setRegion", "refreshClient", "close", "useRealmSpecificEndpointTemplate":
                // Client plumbing: a fake has no connection to configure, so these are harmless.
                return null;
            default:
                throw new UnsupportedOperationException("FakeOci does not implement " + service + "." + name
                        + "; see oke-net-testkit/COVERAGE.md for what it supports");
        }
    }

    @Override
    public Object operation(String name, Object request, Class<?> responseType) {
        OperationTable.Entry<?> entry = table.find(name);
        if (entry == null) {
            throw new UnsupportedOperationException("FakeOci does not implement " + service + "." + name
                    + "; see oke-net-testkit/COVERAGE.md for what it supports");
        }
        return dispatcher.dispatch(service, name, entry, request, responseType);
    }
}
