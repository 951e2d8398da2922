package dev.okenet.testkit.ccm.internal.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a Service's {@link LbSpec} in the order the CCM does, so that of several problems the
 * same one is reported: {@code EnsureLoadBalancer} in {@code load_balancer.go} reads the SSL ports,
 * then the subnets (and fetches them), then {@code NewLBSpec} in {@code load_balancer_spec.go}
 * validates the Service and reads visibility, shape, source ranges, rule sets, listeners,
 * preserve-source, backend policy, health checks, NSGs, the reserved IP, the rule-management mode,
 * the backend NSGs, the ingress IP mode and the assigned private IPs.
 *
 * <p>Failures are {@link dev.okenet.testkit.ccm.internal.CcmFailure}s carrying the CCM's own error
 * text, which the service controller prints after "failed to ensure load balancer: ".
 *
 * <pre>{@code
 * LbSpec spec = LbSpecReader.read(ServiceView.of(service), DefaultSubnets.of(lbSubnetIds), subnetLookup);
 * }</pre>
 */
public final class LbSpecReader {
    private LbSpecReader() {}

    /**
     * The spec of {@code svc}, a Service as the API server stores it (defaults applied).
     *
     * @param svc the Service
     * @param defaults the CCM's configured load balancer subnets
     * @param subnets answers whether a subnet is regional, and fetches the chosen ones
     * @throws dev.okenet.testkit.ccm.internal.CcmFailure with the CCM's error
     * @throws UnsupportedOperationException for what the simulation does not model (IPv6)
     */
    public static LbSpec read(ServiceView svc, DefaultSubnets defaults, SubnetLookup subnets) {
        if (svc.ipFamilies().stream().anyMatch(f -> !"IPv4".equals(f))) {
            throw new UnsupportedOperationException("SimulatedCcm simulates IPv4 only, but Service " + svc.namespace() + "/"
                    + svc.name() + " asks for IP families " + svc.ipFamilies() + "; see oke-net-testkit/CCM.md.");
        }
        Optional<SslConfig> ssl = SslConfig.of(svc);
        List<String> subnetIds = SubnetChoice.of(svc, defaults, subnets);
        subnetIds.forEach(subnets::require);

        RuleManagement.validate(svc);
        boolean internal = Visibility.isInternal(svc);
        ShapeChoice shape = ShapeChoice.of(svc);
        List<String> sources = SourceRanges.of(svc);
        AddressOptions.ruleSets(svc);
        Map<String, LbSpec.Listener> listeners = ListenerPlan.listeners(svc, ssl);
        boolean preserveSource = PreserveSource.of(svc);
        String policy = BackendPolicy.of(svc);
        // The CCM reads the health checker once per backend set: a Service without ports never reads it.
        Optional<LbSpec.HealthCheck> health = svc.ports().isEmpty() ? Optional.empty()
                : Optional.of(HealthCheckChoice.of(svc));
        Map<String, LbSpec.PortSpec> ports = ListenerPlan.ports(svc, health.map(LbSpec.HealthCheck::port).orElse(0));
        List<String> nsgs = NsgAnnotations.loadBalancerNsgs(svc);
        Optional<String> reservedIp = AddressOptions.loadBalancerIp(svc, internal);
        String mode = RuleManagement.ruleMode(svc);
        List<String> backendNsgs = NsgAnnotations.backendNsgs(svc);
        Optional<String> ipMode = AddressOptions.ingressIpMode(svc);
        AddressOptions.assignedPrivateIps(svc);
        return new LbSpec(svc.loadBalancerType(), internal, subnetIds, shape.shape(), shape.flexMin(), shape.flexMax(),
                sources, listeners, policy, health, preserveSource, ports, nsgs, reservedIp, mode,
                LbSpec.NSG.equals(mode) ? backendNsgs : List.of(), ipMode);
    }
}
