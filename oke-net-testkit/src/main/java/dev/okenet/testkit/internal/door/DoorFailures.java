package dev.okenet.testkit.internal.door;

import com.oracle.bmc.model.BmcException;
import dev.okenet.testkit.SimulatedCrash;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Wraps a real SDK client so that the two failures that are not OCI errors fail over HTTP as they
 * do in process: a {@link SimulatedCrash} (the caller "died"; it travels as 400 SimulatedCrash)
 * and an operation FakeOci does not implement ({@link UnsupportedOperationException}; it travels
 * as 501 NotImplemented). Every OCI error stays the {@link BmcException} the client raised. The
 * wrapper's waiters and paginators run over the wrapper, so they translate too.
 *
 * <pre>{@code
 * VirtualNetwork vn = DoorFailures.wrap(VirtualNetwork.class, client,
 *         proxy -> new VirtualNetworkWaiters(executor, proxy), VirtualNetworkPaginators::new);
 * }</pre>
 */
public final class DoorFailures {
    private DoorFailures() {}

    public static <T> T wrap(Class<T> type, T client, Function<T, Object> waiters, Function<T, Object> paginators) {
        Object[] helpers = new Object[2];
        T proxy = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> switch (method.getName()) {
                    case "getWaiters" -> helpers[0];
                    case "getPaginators" -> helpers[1];
                    case "toString" -> "FakeOci " + type.getSimpleName() + " over HTTP (" + client + ")";
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    default -> call(client, method, arguments);
                }));
        helpers[0] = waiters.apply(proxy);
        helpers[1] = paginators.apply(proxy);
        return proxy;
    }

    private static Object call(Object client, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(client, arguments);
        } catch (InvocationTargetException e) {
            throw translate(e.getCause());
        }
    }

    /** The in-process equivalent of what the client raised. */
    static Throwable translate(Throwable failure) {
        if (failure instanceof BmcException oci) {
            if (oci.getStatusCode() == DoorHandler.CRASH_STATUS && DoorHandler.CRASH_CODE.equals(oci.getServiceCode())) {
                return new SimulatedCrash(oci.getUnmodifiedMessage());
            }
            if (oci.getStatusCode() == DoorHandler.UNSUPPORTED_STATUS
                    && DoorHandler.UNSUPPORTED_CODE.equals(oci.getServiceCode())) {
                return new UnsupportedOperationException(oci.getUnmodifiedMessage());
            }
        }
        return failure;
    }
}
