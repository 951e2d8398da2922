package dev.okenet.testkit.internal.dispatch;

/**
 * What a generated in-process service ({@code FakeVirtualNetwork}, ...) calls: an operation by its
 * SDK method name with its request and response type, or a piece of client plumbing (endpoint,
 * region, waiters, paginators, close) by name.
 *
 * <pre>{@code
 * ListVcnsResponse response = (ListVcnsResponse) calls.operation("listVcns", request, ListVcnsResponse.class);
 * }</pre>
 */
interface ServiceCalls {
    Object operation(String name, Object request, Class<?> responseType);

    Object plumbing(String name, Object... arguments);
}
