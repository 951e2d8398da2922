package dev.okenet.testkit.internal.dispatch;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Implements an SDK client interface ({@code VirtualNetwork}, {@code ContainerEngine},
 * {@code NetworkLoadBalancer}) with a dynamic proxy: each operation goes to its handler in the
 * {@link OperationTable} through the {@link Dispatcher}; operations without one fail loudly; the
 * client plumbing (region, endpoint, close) is accepted and ignored; {@code getWaiters()} and
 * {@code getPaginators()} return the SDK's own classes built over the proxy.
 */
public final class ServiceProxy implements InvocationHandler {
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
     * @param waiters builds the SDK's {@code *Waiters} over the proxy
     * @param paginators builds the SDK's {@code *Paginators} over the proxy
     */
    public static <T> T create(Class<T> iface, OperationTable table, Dispatcher dispatcher,
            String endpoint, Function<T, Object> waiters, Function<T, Object> paginators) {
        ServiceProxy handler = new ServiceProxy(iface.getSimpleName(), table, dispatcher);
        handler.endpoint = endpoint;
        T proxy = iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, handler));
        handler.waiters = waiters.apply(proxy);
        handler.paginators = paginators.apply(proxy);
        return proxy;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        switch (name) {
            case "toString":
                return "FakeOci " + service;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "getWaiters":
                return waiters;
            case "getPaginators":
                return paginators;
            case "getEndpoint":
                return endpoint;
            case "setEndpoint":
                endpoint = (String) args[0];
                return null;
            case "setRegion", "refreshClient", "close", "useRealmSpecificEndpointTemplate":
                // Client plumbing: a fake has no connection to configure, so these are harmless.
                return null;
            case "getClientCommonLibraryVersion", "getMinimumClientCommonLibraryVersionFromClient":
                return java.util.Optional.empty();
            default:
                break;
        }
        OperationTable.Entry<?> entry = table.find(name);
        if (entry == null || args == null || args.length != 1) {
            throw new UnsupportedOperationException("FakeOci does not implement " + service + "." + name
                    + "; see oke-net-testkit/COVERAGE.md for what it supports");
        }
        return dispatcher.dispatch(service, name, entry, args[0], method.getReturnType());
    }
}
