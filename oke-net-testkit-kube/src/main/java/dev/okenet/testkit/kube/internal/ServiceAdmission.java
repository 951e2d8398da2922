package dev.okenet.testkit.kube.internal;

import dev.okenet.testkit.internal.net.Ipv4Cidr;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Kubernetes API server does to a Service it stores: {@code SetDefaults_Service}
 * ({@code k8s.io/kubernetes/pkg/apis/core/v1/defaults.go}: type ClusterIP, sessionAffinity None,
 * port protocol TCP, targetPort = port, externalTrafficPolicy Cluster for NodePort and
 * LoadBalancer), single-stack IPv4, a cluster IP from the services CIDR (the cluster's
 * {@code kubernetesNetworkConfig.servicesCidr}), node ports from 30000-32767 and the
 * healthCheckNodePort with externalTrafficPolicy Local ({@code pkg/registry/core/service/storage}
 * {@code alloc.go}); and the refusals of {@code ValidateService} that matter here. Allocation is
 * sequential (Kubernetes picks at random) so runs repeat. Thread-safe.
 */
public final class ServiceAdmission {
    static final int FIRST_NODE_PORT = 30000;
    static final int LAST_NODE_PORT = 32767;
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

    private final Ipv4Cidr servicesCidr;
    private final Set<Long> clusterIps = new HashSet<>();
    private final Set<Integer> nodePorts = new HashSet<>();
    private final Map<String, Long> clusterIpOf = new HashMap<>();
    private final Map<String, Set<Integer>> nodePortsOf = new HashMap<>();
    private long nextIp;

    public ServiceAdmission(String servicesCidr) {
        this.servicesCidr = Ipv4Cidr.parse(servicesCidr).orElseThrow(() -> new IllegalArgumentException(
                "the services CIDR \"" + servicesCidr + "\" is not an IPv4 CIDR block"));
        // .1 is the kubernetes Service's ClusterIP (the first address of the range).
        this.nextIp = this.servicesCidr.first() + 10;
    }

    /**
     * Defaults and allocates in place.
     *
     * @throws IllegalArgumentException with the API server's reason when it would refuse the Service
     */
    public synchronized void admit(Service service) {
        String ref = service.getMetadata().getNamespace() + "/" + service.getMetadata().getName();
        if (service.getSpec() == null) {
            service.setSpec(new ServiceSpec());
        }
        ServiceSpec spec = service.getSpec();
        String type = spec.getType() == null ? "ClusterIP" : spec.getType();
        spec.setType(type);
        boolean exposed = type.equals("NodePort") || type.equals("LoadBalancer");
        List<ServicePort> ports = spec.getPorts() == null ? List.of() : spec.getPorts();
        if (ports.isEmpty() && !type.equals("ExternalName") && !"None".equals(spec.getClusterIP())) {
            throw new IllegalArgumentException("Service \"" + service.getMetadata().getName() + "\" is invalid: spec.ports:"
                    + " Required value");
        }
        if (spec.getSessionAffinity() == null) {
            spec.setSessionAffinity("None");
        }
        if (exposed && spec.getExternalTrafficPolicy() == null) {
            spec.setExternalTrafficPolicy("Cluster");
        }
        if (spec.getIpFamilies() == null || spec.getIpFamilies().isEmpty()) {
            spec.setIpFamilies(List.of("IPv4"));
            spec.setIpFamilyPolicy("SingleStack");
        }
        Set<Integer> taken = new HashSet<>();
        for (ServicePort port : ports) {
            String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
            if (!PROTOCOLS.contains(protocol)) {
                throw new IllegalArgumentException("Service \"" + service.getMetadata().getName() + "\" is invalid:"
                        + " spec.ports.protocol: Unsupported value: \"" + protocol + "\": supported values: \"SCTP\", \"TCP\", \"UDP\"");
            }
            port.setProtocol(protocol);
            if (port.getTargetPort() == null) {
                port.setTargetPort(new IntOrString(port.getPort()));
            }
            if (exposed) {
                port.setNodePort(nodePort(service, port.getNodePort(), taken));
            }
        }
        if ("LoadBalancer".equals(type) && "Local".equals(spec.getExternalTrafficPolicy())) {
            spec.setHealthCheckNodePort(nodePort(service, spec.getHealthCheckNodePort(), taken));
        }
        if (spec.getClusterIP() == null && !type.equals("ExternalName")) {
            long ip = nextFreeIp(ref);
            spec.setClusterIP(Ipv4Cidr.format(ip));
            spec.setClusterIPs(List.of(Ipv4Cidr.format(ip)));
            clusterIps.add(ip);
            clusterIpOf.put(ref, ip);
        }
        nodePorts.addAll(taken);
        nodePortsOf.put(ref, taken);
    }

    /** Frees what Service {@code ref} held, once it is deleted. */
    public synchronized void release(String ref) {
        Long ip = clusterIpOf.remove(ref);
        if (ip != null) {
            clusterIps.remove(ip);
        }
        nodePorts.removeAll(nodePortsOf.getOrDefault(ref, Set.of()));
        nodePortsOf.remove(ref);
    }

    private int nodePort(Service service, Integer requested, Set<Integer> taken) {
        if (requested != null && requested != 0) {
            if (requested < FIRST_NODE_PORT || requested > LAST_NODE_PORT) {
                throw new IllegalArgumentException("Service \"" + service.getMetadata().getName() + "\" is invalid: "
                        + "spec.ports.nodePort: Invalid value: " + requested + ": provided port is not in the valid range."
                        + " The range of valid ports is " + FIRST_NODE_PORT + "-" + LAST_NODE_PORT);
            }
            if (nodePorts.contains(requested) || !taken.add(requested)) {
                throw new IllegalArgumentException("Service \"" + service.getMetadata().getName() + "\" is invalid: "
                        + "spec.ports.nodePort: Invalid value: " + requested + ": provided port is already allocated");
            }
            return requested;
        }
        for (int port = FIRST_NODE_PORT; port <= LAST_NODE_PORT; port++) {
            if (!nodePorts.contains(port) && !taken.contains(port)) {
                taken.add(port);
                return port;
            }
        }
        throw new IllegalArgumentException("Service \"" + service.getMetadata().getName() + "\" is invalid: no node port"
                + " is free in " + FIRST_NODE_PORT + "-" + LAST_NODE_PORT);
    }

    private long nextFreeIp(String ref) {
        for (long tries = 0; tries < servicesCidr.size(); tries++) {
            long ip = nextIp;
            nextIp = nextIp + 1 >= servicesCidr.last() ? servicesCidr.first() + 10 : nextIp + 1;
            if (!clusterIps.contains(ip)) {
                return ip;
            }
        }
        throw new IllegalArgumentException("Service " + ref + " gets no cluster IP: the services CIDR " + servicesCidr
                + " is full");
    }
}
