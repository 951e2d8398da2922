package dev.okenet.testkit.ccm;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.requests.GetClusterRequest;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.requests.GetSubnetRequest;
import com.oracle.bmc.loadbalancer.LoadBalancer;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.ccm.internal.ApiServer;
import dev.okenet.testkit.ccm.internal.CcmFailure;
import dev.okenet.testkit.ccm.internal.ClientPath;
import dev.okenet.testkit.ccm.internal.ClusterNodes;
import dev.okenet.testkit.ccm.internal.FlowCheck;
import dev.okenet.testkit.ccm.internal.LbProvisioner;
import dev.okenet.testkit.ccm.internal.NlbProvisioner;
import dev.okenet.testkit.ccm.internal.NodePortAllocator;
import dev.okenet.testkit.ccm.internal.OciErrors;
import dev.okenet.testkit.ccm.internal.ProvisionedLb;
import dev.okenet.testkit.ccm.internal.RuleBook;
import dev.okenet.testkit.ccm.internal.RuleWriter;
import dev.okenet.testkit.ccm.internal.ServiceRequest;
import dev.okenet.testkit.ccm.internal.rules.ServicesInUse;
import dev.okenet.testkit.ccm.internal.spec.Annotations;
import dev.okenet.testkit.ccm.internal.spec.DefaultSubnets;
import dev.okenet.testkit.ccm.internal.spec.LbSpec;
import dev.okenet.testkit.ccm.internal.spec.LbSpecReader;
import dev.okenet.testkit.ccm.internal.spec.ServiceView;
import dev.okenet.testkit.ccm.internal.spec.SubnetLookup;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated OCI cloud controller manager (the service controller part) over FakeOci, or over
 * any implementation of the four SDK interfaces, written from oracle/oci-cloud-controller-manager
 * v1.35.0 ({@code pkg/cloudprovider/providers/oci/load_balancer.go}, {@code EnsureLoadBalancer}).
 *
 * <p>For each LoadBalancer Service it does what the real CCM does, in its order:
 * <ol>
 *   <li>the API server's defaults and node port allocation (a Service the API server would reject
 *       throws {@link IllegalArgumentException}: it would never reach the CCM);
 *   <li>every annotation the CCM reads, with its parsing, default, validation, clamping and error
 *       text ({@code load_balancer_spec.go}, {@code NewLBSpec}; see oke-net-testkit/CCM.md for the
 *       list, and for what is not simulated);
 *   <li>in rule-management mode "NSG", a frontend NSG and the NSG rules;
 *   <li>the network load balancer through {@link NetworkLoadBalancer}, or the OCI load balancer
 *       through {@link LoadBalancer};
 *   <li>in security-list modes "All" and "Frontend", the security list rules.
 * </ol>
 * What the CCM or OCI refuses becomes a {@code SyncLoadBalancerFailed} event with the CCM's message
 * and the Service stays pending. Backend health and client access are judged from the security
 * lists and NSGs in the cloud.
 *
 * <p>A Service synced again with the same spec keeps its load balancer; with a changed spec the
 * load balancer is deleted and created anew (the real CCM updates it in place and keeps its
 * address); a Service whose new spec the CCM refuses keeps its load balancer and gets the warning.
 * {@link #delete} deletes the load balancer ({@code EnsureLoadBalancerDeleted}); the security rules
 * the CCM wrote stay. Not modelled: pods (every ready node counts as an endpoint, also with
 * externalTrafficPolicy Local), IPv6. Not thread-safe.
 *
 * <pre>{@code
 * SimulatedCcm ccm = SimulatedCcm.builder(fakeOci)
 *     .cluster("ocid1.compartment.oc1..example", clusterId)
 *     .build();
 * ServiceStatus web = ccm.sync(service);
 * web.lastWarning();      // e.g. SyncLoadBalancerFailed: ... is-preserve-source annotation cannot be set ...
 * }</pre>
 */
public final class SimulatedCcm {
    private final VirtualNetwork network;
    private final ContainerEngine engine;
    private final String compartmentId;
    private final String clusterId;
    private final ApiServer apiServer = new ApiServer(new NodePortAllocator());
    private final LbProvisioner lbs;
    private final NlbProvisioner nlbs;
    private final RuleWriter writer;
    private final FlowCheck flows;
    private final ClientPath paths;
    private final Map<String, Provisioned> provisioned = new HashMap<>();
    private final Map<String, ServiceView> lister = new LinkedHashMap<>();
    private final Map<String, ServiceStatus> statuses = new LinkedHashMap<>();

    private record Provisioned(ServiceRequest request, ProvisionedLb lb) {}

    private SimulatedCcm(Builder b) {
        this.network = b.network;
        this.engine = b.engine;
        this.compartmentId = b.compartmentId;
        this.clusterId = b.clusterId;
        this.lbs = new LbProvisioner(b.lb);
        this.nlbs = new NlbProvisioner(b.nlb);
        this.writer = new RuleWriter(network);
        this.flows = new FlowCheck(new RuleBook(network));
        this.paths = new ClientPath(network, flows);
    }

    /**
     * A builder over FakeOci's four services. The tenancy's 100Mbps quota is FakeOci's
     * ({@code oci.limits().fixedShapeLoadBalancers(n)}).
     */
    public static Builder builder(FakeOci oci) {
        notNull(oci, "SimulatedCcm.builder(oci)", "Give the FakeOci the cluster lives in, e.g. FakeOci.create().");
        return builder(oci.virtualNetwork(), oci.containerEngine(), oci.networkLoadBalancer(), oci.loadBalancer());
    }

    /** A builder over any implementation of the four SDK interfaces (e.g. FakeOci's HTTP clients). */
    public static Builder builder(VirtualNetwork network, ContainerEngine engine, NetworkLoadBalancer nlb,
            LoadBalancer lb) {
        String at = "SimulatedCcm.builder(network, engine, nlb, lb): ";
        notNull(network, at + "network", "Give the Virtual Network service, e.g. fake.virtualNetwork().");
        notNull(engine, at + "engine", "Give the Container Engine service, e.g. fake.containerEngine().");
        notNull(nlb, at + "nlb", "Give the Network Load Balancer service, e.g. fake.networkLoadBalancer().");
        notNull(lb, at + "lb", "Give the Load Balancer service, e.g. fake.loadBalancer().");
        return new Builder(network, engine, nlb, lb);
    }

    /**
     * Ensures the load balancer of one LoadBalancer Service, as the service controller does on a
     * sync. A Service already ensured keeps its load balancer; its backend health is judged again.
     *
     * @throws IllegalArgumentException when the Service is not of type LoadBalancer, or the
     *     Kubernetes API server would reject it (no port, a node port outside the range, ...)
     * @throws UnsupportedOperationException for what the simulation does not model (IPv6)
     */
    public ServiceStatus sync(Service service) {
        notNull(service, "SimulatedCcm.sync(service)", "Give a LoadBalancer Service, e.g. client.services().inNamespace(\"shop\").withName(\"web\").get().");
        String ref = ServiceRequest.refOf(service);
        if (!ServiceRequest.isLoadBalancer(service)) {
            throw new IllegalArgumentException("Service " + ref + " is of type "
                    + (service.getSpec() == null ? "<none>" : service.getSpec().getType())
                    + "; the CCM only provisions Services of type LoadBalancer.");
        }
        ServiceStatus.Kind kind = ServiceRequest.kindOf(service);
        Provisioned done = provisioned.get(ref);
        ServiceView stored = apiServer.admit(ServiceView.of(service));
        if (done != null && !done.request().service().equals(stored)) {
            // The Service changed: ensure it anew from its new spec, unless the CCM refuses that spec.
            Optional<String> refusal = refusalOf(ref, stored);
            if (refusal.isPresent()) {
                List<CcmEvent> events = new ArrayList<>(List.of(CcmEvent.normal(CcmEvent.ENSURING, "Ensuring load balancer")));
                events.add(CcmEvent.warning(CcmEvent.SYNC_FAILED, "Error syncing load balancer: failed to ensure load"
                        + " balancer: " + refusal.get()));
                ServiceStatus previous = statuses.get(ref);
                return remember(new ServiceStatus(ref, kind, previous.loadBalancerId(), previous.address(), events,
                        previous.backends(), nodePortsOf(stored), previous.healthCheckPort()));
            }
            deleteLoadBalancer(done);
            provisioned.remove(ref);
            done = null;
        }
        lister.put(ref, stored);
        List<CcmEvent> events = new ArrayList<>();
        events.add(CcmEvent.normal(CcmEvent.ENSURING, "Ensuring load balancer"));
        List<ClusterNodes.WorkerNode> nodes = nodes();
        if (nodes.isEmpty()) {
            events.add(CcmEvent.warning(CcmEvent.UNAVAILABLE, "There are no available nodes for LoadBalancer"));
        }
        ServiceRequest request = null;
        try {
            if (done == null) {
                request = new ServiceRequest(ref, stored, LbSpecReader.read(stored, defaultSubnets(), subnetLookup()));
                Optional<ProvisionedLb> lb = provision(request, nodes);
                if (lb.isEmpty()) {
                    // loadBalancerToStatus: a FAILED NLB without an address gives an empty status, not an error.
                    events.add(CcmEvent.normal(CcmEvent.ENSURED, "Ensured load balancer"));
                    return remember(new ServiceStatus(ref, kind, Optional.empty(), Optional.empty(), events, List.of(),
                            nodePortsOf(stored), request.healthCheckPort()));
                }
                done = new Provisioned(request, lb.get());
                provisioned.put(ref, done);
            }
            request = done.request();
            List<BackendHealth> health = health(done, nodes);
            events.add(CcmEvent.normal(CcmEvent.ENSURED, "Ensured load balancer"));
            return remember(new ServiceStatus(ref, kind, Optional.of(done.lb().id()), Optional.of(done.lb().address()), events,
                    health, nodePortsOf(stored), request.healthCheckPort()));
        } catch (CcmFailure failure) {
            return failed(ref, kind, events, stored, request, failure.getMessage() + hint(request));
        } catch (BmcException oci) {
            return failed(ref, kind, events, stored, request, OciErrors.text(serviceOf(kind), oci) + hint(request));
        }
    }

    /**
     * Deletes the load balancer of Service {@code namespaceSlashName}, as {@code EnsureLoadBalancerDeleted}
     * does when the Service is deleted or stops being of type LoadBalancer; forgets its status. The
     * security rules the CCM wrote for it stay (not simulated); its node ports are free again.
     * Nothing else happens for a Service never synced or never given a load balancer.
     *
     * @return whether a load balancer was deleted
     */
    public boolean delete(String namespaceSlashName) {
        notNull(namespaceSlashName, "SimulatedCcm.delete(namespaceSlashName)", "Give the Service as namespace/name, e.g. \"shop/web\".");
        Provisioned done = provisioned.remove(namespaceSlashName);
        lister.remove(namespaceSlashName);
        statuses.remove(namespaceSlashName);
        apiServer.release(namespaceSlashName);
        if (done == null) {
            return false;
        }
        deleteLoadBalancer(done);
        return true;
    }

    private void deleteLoadBalancer(Provisioned done) {
        if (done.request().kind() == ServiceStatus.Kind.NETWORK_LOAD_BALANCER) {
            nlbs.delete(done.lb().id());
        } else {
            lbs.delete(done.lb().id());
        }
    }

    /** The CCM's refusal of a Service's spec, if it refuses it. */
    private Optional<String> refusalOf(String ref, ServiceView stored) {
        try {
            LbSpecReader.read(stored, defaultSubnets(), subnetLookup());
            return Optional.empty();
        } catch (CcmFailure failure) {
            return Optional.of(failure.getMessage());
        } catch (BmcException oci) {
            return Optional.of(OciErrors.text("VirtualNetwork", oci));
        }
    }

    /** Syncs every Service of type LoadBalancer among {@code services}, in order; the others are skipped. */
    public List<ServiceStatus> syncAll(Collection<? extends Service> services) {
        notNull(services, "SimulatedCcm.syncAll(services)", "Give the Services to sync, e.g. client.services().inAnyNamespace().list().getItems().");
        return services.stream().filter(ServiceRequest::isLoadBalancer).map(this::sync).toList();
    }

    /** The status of the latest sync of Service {@code namespaceSlashName}. */
    public Optional<ServiceStatus> status(String namespaceSlashName) {
        notNull(namespaceSlashName, "SimulatedCcm.status(namespaceSlashName)", "Give the Service as namespace/name, e.g. \"shop/web\".");
        return Optional.ofNullable(statuses.get(namespaceSlashName));
    }

    /**
     * Whether clients in {@code clientCidr} get through {@code service}'s load balancer to its node
     * ports, from the route tables, security lists and NSGs in the cloud now.
     *
     * @throws IllegalStateException when the Service was never synced
     */
    public ClientAccess clientAccess(Service service, String clientCidr) {
        notNull(service, "SimulatedCcm.clientAccess(service, clientCidr): service", "Give a Service synced before.");
        notNull(clientCidr, "SimulatedCcm.clientAccess(service, clientCidr): clientCidr", "Give the clients' CIDR, e.g. \"203.0.113.0/24\".");
        String ref = ServiceRequest.refOf(service);
        Provisioned done = provisioned.get(ref);
        if (done == null) {
            ServiceStatus status = statuses.get(ref);
            if (status == null) {
                throw new IllegalStateException("Service " + ref + " was never synced; call sync(service) first.");
            }
            return new ClientAccess(ref, clientCidr, false, List.of("DENIED " + ref + " has no load balancer: "
                    + status.lastWarning().map(CcmEvent::message).orElse("it is pending")));
        }
        List<String> steps = paths.steps(done.request(), done.lb(), nodes(), clientCidr);
        return new ClientAccess(ref, clientCidr, steps.stream().allMatch(s -> s.startsWith("ALLOWED")), steps);
    }

    /** Rules in NSG mode, the load balancer, then rules in security-list modes, as {@code EnsureLoadBalancer} orders them. */
    private Optional<ProvisionedLb> provision(ServiceRequest request, List<ClusterNodes.WorkerNode> nodes) {
        List<Subnet> lbSubnets = request.spec().subnets().stream().map(this::subnet).toList();
        List<Subnet> nodeSubnets = nodeSubnets(nodes);
        List<String> nsgIds = new ArrayList<>(request.spec().nsgIds());
        if (LbSpec.NSG.equals(request.spec().ruleManagementMode())) {
            nsgIds.add(writer.ensureNsgRules(request, compartmentId, cluster().getVcnId()));
        }
        Optional<ProvisionedLb> lb = request.kind() == ServiceStatus.Kind.NETWORK_LOAD_BALANCER
                ? nlbs.create(request, compartmentId, nsgIds, nodes)
                : Optional.of(lbs.create(request, compartmentId, nsgIds, nodes));
        if (lb.isPresent()) {
            writer.ensureSecurityLists(request, lbSubnets, nodeSubnets, new ServicesInUse(List.copyOf(lister.values())));
        }
        return lb;
    }

    /** OKE configures the CCM with the cluster's service load balancer subnets as its default subnets. */
    private DefaultSubnets defaultSubnets() {
        Cluster cluster = cluster();
        List<String> subnets = cluster.getOptions() == null ? null : cluster.getOptions().getServiceLbSubnetIds();
        return subnets == null ? DefaultSubnets.none() : DefaultSubnets.of(subnets);
    }

    private Cluster cluster() {
        return engine.getCluster(GetClusterRequest.builder().clusterId(clusterId).build()).getCluster();
    }

    private SubnetLookup subnetLookup() {
        return new SubnetLookup() {
            @Override
            public boolean isRegional(String subnetId) {
                return subnet(subnetId).getAvailabilityDomain() == null;
            }

            @Override
            public void require(String subnetId) {
                subnet(subnetId);
            }
        };
    }

    private Subnet subnet(String subnetId) {
        try {
            return network.getSubnet(GetSubnetRequest.builder().subnetId(subnetId).build()).getSubnet();
        } catch (BmcException e) {
            throw new CcmFailure(OciErrors.text("VirtualNetwork", e));
        }
    }

    /** {@code getSubnetsForNodes}: each node subnet once, in node order. */
    private List<Subnet> nodeSubnets(List<ClusterNodes.WorkerNode> nodes) {
        Map<String, Subnet> subnets = new LinkedHashMap<>();
        nodes.forEach(n -> subnets.computeIfAbsent(n.subnetId(), this::subnet));
        return List.copyOf(subnets.values());
    }

    private List<ClusterNodes.WorkerNode> nodes() {
        return ClusterNodes.ready(engine, compartmentId, clusterId);
    }

    private List<BackendHealth> health(Provisioned done, List<ClusterNodes.WorkerNode> nodes) {
        List<BackendHealth> out = new ArrayList<>();
        int port = done.request().healthCheckPort();
        for (ClusterNodes.WorkerNode node : nodes) {
            FlowCheck.Verdict v = flows.check(done.lb().endpoint(done.request().ref()), node.endpoint(), "6", port);
            out.add(new BackendHealth(node.name(), node.ip(), port, v.allowed() ? BackendHealth.Status.OK
                    : BackendHealth.Status.CRITICAL, v.step()));
        }
        return out;
    }

    /**
     * Adds the fix users look up for a public load balancer asked of a private subnet; the CCM
     * itself only relays OCI's refusal. Nothing for any other failure.
     */
    private String hint(ServiceRequest request) {
        if (request == null || request.internal()) {
            return "";
        }
        try {
            String subnetId = request.spec().subnets().get(0);
            Subnet subnet = network.getSubnet(GetSubnetRequest.builder().subnetId(subnetId).build()).getSubnet();
            if (!Boolean.TRUE.equals(subnet.getProhibitPublicIpOnVnic())) {
                return "";
            }
            String annotation = request.spec().isNlb() ? Annotations.NLB_INTERNAL : Annotations.LB_INTERNAL;
            return " (subnet " + subnetId + " is private: to keep the Service private set " + annotation
                    + ": \"true\", else point it at a public subnet)";
        } catch (BmcException e) {
            return "";
        }
    }

    private ServiceStatus failed(String ref, ServiceStatus.Kind kind, List<CcmEvent> events, ServiceView stored,
            ServiceRequest request, String detail) {
        events.add(CcmEvent.warning(CcmEvent.SYNC_FAILED, "Error syncing load balancer: failed to ensure load balancer: "
                + detail));
        return remember(new ServiceStatus(ref, kind, Optional.empty(), Optional.empty(), events, List.of(),
                nodePortsOf(stored), request == null ? 0 : request.healthCheckPort()));
    }

    private ServiceStatus remember(ServiceStatus status) {
        statuses.put(status.service(), status);
        return status;
    }

    private static Map<Integer, Integer> nodePortsOf(ServiceView stored) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        stored.ports().forEach(p -> ports.putIfAbsent(p.port(), p.nodePort()));
        return ports;
    }

    private static String serviceOf(ServiceStatus.Kind kind) {
        return kind == ServiceStatus.Kind.NETWORK_LOAD_BALANCER ? "NetworkLoadBalancer" : "LoadBalancer";
    }

    /**
     * Options for a {@link SimulatedCcm}.
     *
     * <pre>{@code
     * SimulatedCcm ccm = SimulatedCcm.builder(fakeOci).cluster(compartmentId, clusterId).build();
     * }</pre>
     */
    public static final class Builder {
        private final VirtualNetwork network;
        private final ContainerEngine engine;
        private final NetworkLoadBalancer nlb;
        private final LoadBalancer lb;
        private String compartmentId;
        private String clusterId;

        private Builder(VirtualNetwork network, ContainerEngine engine, NetworkLoadBalancer nlb, LoadBalancer lb) {
            this.network = network;
            this.engine = engine;
            this.nlb = nlb;
            this.lb = lb;
        }

        /** The cluster whose nodes are the backends, and the compartment load balancers are created in. Required. */
        public Builder cluster(String compartmentId, String clusterId) {
            this.compartmentId = notNull(compartmentId, "SimulatedCcm.Builder.cluster(compartmentId, clusterId): compartmentId",
                    "Give the compartment load balancers are created in.");
            this.clusterId = notNull(clusterId, "SimulatedCcm.Builder.cluster(compartmentId, clusterId): clusterId",
                    "Give the OKE cluster's OCID.");
            return this;
        }

        public SimulatedCcm build() {
            if (compartmentId == null || clusterId == null) {
                throw new IllegalStateException("SimulatedCcm needs the cluster: call cluster(compartmentId, clusterId)"
                        + " before build().");
            }
            return new SimulatedCcm(this);
        }
    }
}
