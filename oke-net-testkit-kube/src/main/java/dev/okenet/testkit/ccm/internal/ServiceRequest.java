package dev.okenet.testkit.ccm.internal;

import dev.okenet.testkit.ccm.ServiceStatus.Kind;
import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import dev.okenet.testkit.ccm.internal.spec.ServiceView;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;

/**
 * A LoadBalancer Service the simulated CCM works on: the Service as the API server stores it and
 * the {@link LbSpec} the CCM derived from it.
 *
 * @param ref namespace/name
 * @param service the stored Service (defaults applied, node ports allocated)
 * @param spec what the CCM asks OCI for
 */
public record ServiceRequest(String ref, ServiceView service, LbSpec spec) {
    /** The namespace/name of a Service. */
    public static String refOf(Service service) {
        if (service == null || service.getMetadata() == null || service.getMetadata().getName() == null) {
            throw new IllegalArgumentException("The Service has no metadata.name; give it one (and a namespace).");
        }
        String ns = service.getMetadata().getNamespace() == null ? "default" : service.getMetadata().getNamespace();
        return ns + "/" + service.getMetadata().getName();
    }

    /** Whether the Service is of type LoadBalancer. */
    public static boolean isLoadBalancer(Service service) {
        return service.getSpec() != null && "LoadBalancer".equals(service.getSpec().getType());
    }

    /** The kind a Service asks for, read before anything else can fail ({@code getLoadBalancerType}). */
    public static Kind kindOf(Service service) {
        return ServiceView.of(service).isNlb() ? Kind.NETWORK_LOAD_BALANCER : Kind.LOAD_BALANCER;
    }

    public Kind kind() {
        return spec.isNlb() ? Kind.NETWORK_LOAD_BALANCER : Kind.LOAD_BALANCER;
    }

    public boolean internal() {
        return spec.internal();
    }

    public boolean preserveSource() {
        return spec.preserveSource();
    }

    /** The Service's ports with their node ports. */
    public List<ServiceView.Port> ports() {
        return service.ports();
    }

    /** The port health checks probe. */
    public int healthCheckPort() {
        return spec.healthCheck().map(LbSpec.HealthCheck::port).orElse(0);
    }

    /** The description the CCM gives its NSG rules ({@code serviceUid} in {@code EnsureLoadBalancer}). */
    public String ruleDescription() {
        return "service-uid-" + service.uid();
    }

    /** OCI's protocol number of a Service port: "6" TCP, "17" UDP, "132" SCTP. */
    public static String ociProtocol(ServiceView.Port port) {
        switch (port.protocol()) {
            case "UDP":
                return "17";
            case "SCTP":
                return "132";
            default:
                return "6";
        }
    }
}
