package dev.okenet.testkit.internal.door;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * One operation of an SDK service interface, callable on any implementation of it: its name and a
 * method handle. Looked up by name and the SDK's naming ({@code <package>.requests.<Name>Request}
 * to {@code <package>.responses.<Name>Response}) rather than through {@code Class.getMethods()},
 * which would load every request and response class the interface names (over 500 for
 * VirtualNetwork) to serve the first request.
 *
 * <pre>{@code
 * Operation listVcns = Operation.named(VirtualNetwork.class, "listVcns");
 * ListVcnsResponse response = (ListVcnsResponse) listVcns.invoke(fake.virtualNetwork(), request);
 * }</pre>
 */
public record Operation(String name, Class<?> requestType, Class<?> responseType, MethodHandle handle) {
    /** The operation {@code method} of a service interface (e.g. one a proxy was called with). */
    public static Operation of(Method method) {
        try {
            return new Operation(method.getName(), method.getParameterTypes()[0], method.getReturnType(),
                    MethodHandles.publicLookup().unreflect(method));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method + ": " + e.getMessage(), e);
        }
    }

    /** The operation {@code name} of {@code service}, e.g. {@code listVcns} of VirtualNetwork. */
    static Operation named(Class<?> service, String name) {
        String type = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        try {
            Class<?> request = Class.forName(service.getPackageName() + ".requests." + type + "Request", false,
                    service.getClassLoader());
            Class<?> response = Class.forName(service.getPackageName() + ".responses." + type + "Response", false,
                    service.getClassLoader());
            return new Operation(name, request, response,
                    MethodHandles.publicLookup().findVirtual(service, name, MethodType.methodType(response, request)));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            // Not named as the SDK usually names it: look through the interface (loads all its types, once).
            for (Method method : service.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 1) {
                    return of(method);
                }
            }
            throw new IllegalStateException("The route table names " + service.getSimpleName() + "." + name
                    + ", which the SDK interface does not have; regenerate the .routes table for this SDK version.");
        }
    }

    /** Calls the operation on {@code implementation}; what it throws is thrown as is. */
    public Object invoke(Object implementation, Object request) throws Throwable {
        return handle.invoke(implementation, request);
    }
}
