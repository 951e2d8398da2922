package dev.okenet.testkit.internal.dispatch;

/**
 * The client plumbing every SDK service interface declares alike (endpoint, region, refresh,
 * close), written once for the generated {@code Fake<Service>} classes, which extend it and add
 * only their own operations and their service-typed plumbing (waiters, paginators). Each call goes
 * to {@link ServiceCalls#plumbing}, as an operation goes to {@link ServiceCalls#operation}.
 *
 * <pre>{@code
 * final class FakeIdentity extends FakeServiceClient implements Identity { ... }
 * }</pre>
 */
abstract class FakeServiceClient {
    final ServiceCalls calls;

    FakeServiceClient(ServiceCalls calls) {
        this.calls = calls;
    }

    public void close() {
        calls.plumbing("close");
    }

    public java.lang.String getEndpoint() {
        return (java.lang.String) calls.plumbing("getEndpoint");
    }

    public void refreshClient() {
        calls.plumbing("refreshClient");
    }

    public void setEndpoint(java.lang.String a0) {
        calls.plumbing("setEndpoint", a0);
    }

    public void setRegion(com.oracle.bmc.Region a0) {
        calls.plumbing("setRegion", a0);
    }

    public void setRegion(java.lang.String a0) {
        calls.plumbing("setRegion", a0);
    }

    public void useRealmSpecificEndpointTemplate(boolean a0) {
        calls.plumbing("useRealmSpecificEndpointTemplate", a0);
    }
}
