package dev.okenet.testkit.documented;

import static dev.okenet.testkit.Fixtures.COMPARTMENT;
import static dev.okenet.testkit.documented.Refusals.invalid;
import static dev.okenet.testkit.documented.Refusals.missing;
import static dev.okenet.testkit.documented.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.model.Subnet;
import com.oracle.bmc.core.model.Vcn;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.model.Backend;
import com.oracle.bmc.networkloadbalancer.model.BackendSet;
import com.oracle.bmc.networkloadbalancer.model.BackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateBackendDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateBackendSetDetails;
import com.oracle.bmc.networkloadbalancer.model.CreateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckProtocols;
import com.oracle.bmc.networkloadbalancer.model.HealthChecker;
import com.oracle.bmc.networkloadbalancer.model.HealthCheckerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerDetails;
import com.oracle.bmc.networkloadbalancer.model.ListenerProtocols;
import com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancingPolicy;
import com.oracle.bmc.networkloadbalancer.model.NlbIpVersion;
import com.oracle.bmc.networkloadbalancer.model.ReservedIP;
import com.oracle.bmc.networkloadbalancer.model.UpdateNetworkLoadBalancerDetails;
import com.oracle.bmc.networkloadbalancer.requests.CreateBackendRequest;
import com.oracle.bmc.networkloadbalancer.requests.CreateBackendSetRequest;
import com.oracle.bmc.networkloadbalancer.requests.CreateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetBackendSetRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetListenerRequest;
import com.oracle.bmc.networkloadbalancer.requests.GetNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListListenersRequest;
import com.oracle.bmc.networkloadbalancer.requests.ListNetworkLoadBalancersRequest;
import com.oracle.bmc.networkloadbalancer.requests.UpdateNetworkLoadBalancerRequest;
import com.oracle.bmc.networkloadbalancer.responses.GetBackendSetResponse;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.Fixtures;
import dev.okenet.testkit.http.Door;
import dev.okenet.testkit.junit.FakeOciExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network load balancers, backend sets, health checkers and backends as the Network Load Balancer
 * SDK's model and request javadoc (and the OCI API reference's required fields) document them.
 */
@ParameterizedClass
@EnumSource(Door.class)
class DocumentedNetworkLoadBalancerTest {
    private static final String INSTANCE = "ocid1.instance.oc1.iad.aaaaexample";
    @RegisterExtension
    static final FakeOciExtension SHARED = FakeOciExtension.builder().resetAfterEachTest().build();
    private static FakeOci OCI;
    private final NetworkLoadBalancer nlbs;
    private final Subnet subnet;

    DocumentedNetworkLoadBalancerTest(Door door) {
        VirtualNetwork vn = door.virtualNetwork(OCI);
        nlbs = door.networkLoadBalancer(OCI);
        Vcn vcn = Fixtures.vcn(vn, "prod", "10.0.0.0/16");
        subnet = Fixtures.subnet(vn, vcn, "lb", "10.0.2.0/24");
    }

    private static HealthChecker.Builder http() {
        return HealthChecker.builder().protocol(HealthCheckProtocols.Http).port(10256).urlPath("/healthz");
    }

    private static BackendSetDetails.Builder set(Backend... backends) {
        return BackendSetDetails.builder().policy(NetworkLoadBalancingPolicy.FiveTuple).healthChecker(http().build())
                .backends(List.of(backends));
    }

    private CreateNetworkLoadBalancerDetails.Builder details(String setName, BackendSetDetails set) {
        Map<String, BackendSetDetails> sets = new LinkedHashMap<>();
        sets.put(setName, set);
        return CreateNetworkLoadBalancerDetails.builder().compartmentId(COMPARTMENT).displayName("shop")
                .subnetId(subnet.getId()).backendSets(sets)
                .listeners(Map.of("tcp", ListenerDetails.builder().name("tcp").defaultBackendSetName(setName).port(443)
                        .protocol(ListenerProtocols.Tcp).build()));
    }

    private com.oracle.bmc.networkloadbalancer.model.NetworkLoadBalancer create(CreateNetworkLoadBalancerDetails details) {
        String id = nlbs.createNetworkLoadBalancer(CreateNetworkLoadBalancerRequest.builder()
                .createNetworkLoadBalancerDetails(details).build()).getNetworkLoadBalancer().getId();
        return nlbs.getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id).build())
                .getNetworkLoadBalancer();
    }

    private static Backend byIp(int port) {
        return Backend.builder().ipAddress("10.0.16.5").port(port).build();
    }

    /** CreateNetworkLoadBalancerDetails.isPrivate: "This value is true by default." */
    @Test
    void anNlbCreatedWithoutIsPrivateIsPrivateWithNoPublicAddress() {
        var nlb = create(details("nodes", set().build()).build());

        assertThat(nlb.getIsPrivate()).isTrue();
        assertThat(nlb.getIpAddresses()).extracting(ip -> ip.getIsPublic()).containsExactly(false);
    }

    /**
     * BackendSetDetails.isPreserveSource: "The value is true by default"; isFailOpen: "The value is
     * false by default"; HealthChecker retries, timeoutInMillis, intervalInMillis: "The default
     * value is 3", "3000 (3 seconds)", "10000 (10 seconds)".
     */
    @Test
    void aBackendSetGetsItsDocumentedDefaults() {
        BackendSet set = create(details("nodes", set().build()).build()).getBackendSets().get("nodes");

        assertThat(set.getIsPreserveSource()).isTrue();
        assertThat(set.getIsFailOpen()).isFalse();
        assertThat(set.getHealthChecker().getRetries()).isEqualTo(3);
        assertThat(set.getHealthChecker().getTimeoutInMillis()).isEqualTo(3000);
        assertThat(set.getHealthChecker().getIntervalInMillis()).isEqualTo(10_000);
    }

    /** The same defaults for a backend set added later with CreateBackendSet. */
    @Test
    void aBackendSetAddedLaterGetsTheSameDefaults() {
        String id = create(details("nodes", set().build()).build()).getId();

        nlbs.createBackendSet(CreateBackendSetRequest.builder().networkLoadBalancerId(id).createBackendSetDetails(
                CreateBackendSetDetails.builder().name("more").policy(NetworkLoadBalancingPolicy.TwoTuple)
                        .healthChecker(HealthCheckerDetails.builder().protocol(HealthCheckProtocols.Tcp).port(22).build())
                        .build()).build());

        BackendSet set = nlbs.getBackendSet(GetBackendSetRequest.builder().networkLoadBalancerId(id)
                .backendSetName("more").build()).getBackendSet();
        assertThat(set.getIsPreserveSource()).isTrue();
        assertThat(set.getHealthChecker().getRetries()).isEqualTo(3);
        assertThat(set.getHealthChecker().getIntervalInMillis()).isEqualTo(10_000);
    }

    /** CreateBackendSetDetails.name: "Backend set names cannot contain spaces." */
    @Test
    void aBackendSetNameWithASpaceIsRejected() {
        invalid(() -> create(details("my nodes", set().build()).build()), "my nodes", "spaces");
    }

    /** policy is a required field of CreateBackendSetDetails (OCI API reference). */
    @Test
    void aBackendSetAddedWithoutAPolicyIsMissingPolicy() {
        String id = create(details("nodes", set().build()).build()).getId();

        missing(() -> nlbs.createBackendSet(CreateBackendSetRequest.builder().networkLoadBalancerId(id)
                .createBackendSetDetails(CreateBackendSetDetails.builder().name("more")
                        .healthChecker(HealthCheckerDetails.builder().protocol(HealthCheckProtocols.Tcp).build()).build())
                .build()), "policy");
    }

    /** port is a required field of BackendDetails (OCI API reference). */
    @Test
    void aBackendWithoutAPortIsMissingPort() {
        missing(() -> create(details("nodes", set(Backend.builder().ipAddress("10.0.16.5").build()).build()).build()),
                "port");
    }

    /** HealthChecker.port: "The port must be specified if the backend port is 0." */
    @Test
    void aBackendOnPortZeroNeedsAHealthCheckPort() {
        BackendSetDetails portless = set(byIp(0)).healthChecker(HealthChecker.builder()
                .protocol(HealthCheckProtocols.Tcp).build()).build();

        invalid(() -> create(details("nodes", portless).build()), "port 0", "healthChecker.port");
    }

    /** As above, for a port-0 backend added to a set whose health checker has no port. */
    @Test
    void addingAPortZeroBackendToASetCheckedWithoutAPortIsRejected() {
        String id = create(details("nodes", set().healthChecker(HealthChecker.builder()
                .protocol(HealthCheckProtocols.Tcp).build()).build()).build()).getId();

        invalid(() -> nlbs.createBackend(CreateBackendRequest.builder().networkLoadBalancerId(id).backendSetName("nodes")
                .createBackendDetails(CreateBackendDetails.builder().ipAddress("10.0.16.5").port(0).build()).build()),
                "port 0");
    }

    /**
     * CreateNetworkLoadBalancerDetails.isPreserveSourceDestination: "This parameter can be enabled
     * only if backends are compute OCIDs."
     */
    @Test
    void preservingSourceAndDestinationRefusesABackendGivenByIpAddress() {
        invalid(() -> create(details("nodes", set(byIp(30080)).build()).isPreserveSourceDestination(true).build()),
                "targetId", "isPreserveSourceDestination");
    }

    @Test
    void preservingSourceAndDestinationAcceptsComputeBackends() {
        var nlb = create(details("nodes", set(Backend.builder().targetId(INSTANCE).port(30080).build()).build())
                .isPreserveSourceDestination(true).build());

        assertThat(nlb.getIsPreserveSourceDestination()).isTrue();
    }

    /**
     * BackendSetDetails.isPreserveSource: "If the isPreserveSourceDestination parameter is enabled
     * for the network load balancer resource, then this parameter cannot be disabled."
     */
    @Test
    void preservingSourceAndDestinationRefusesABackendSetThatDisablesPreserveSource() {
        invalid(() -> create(details("nodes", set().isPreserveSource(false).build()).isPreserveSourceDestination(true)
                .build()), "isPreserveSource");
    }

    /**
     * isSymmetricHashEnabled: "This can only be enabled when NLB is working in transparent mode
     * with source destination header preservation enabled."
     */
    @Test
    void symmetricHashingWithoutPreservingSourceAndDestinationIsRejected() {
        invalid(() -> create(details("nodes", set().build()).isSymmetricHashEnabled(true).build()),
                "isSymmetricHashEnabled", "isPreserveSourceDestination");
    }

    /** Turning isPreserveSourceDestination on later checks the backends the NLB already has. */
    @Test
    void turningOnPreserveSourceDestinationWithIpBackendsIsRejected() {
        String id = create(details("nodes", set(byIp(30080)).build()).build()).getId();

        invalid(() -> nlbs.updateNetworkLoadBalancer(UpdateNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id)
                .updateNetworkLoadBalancerDetails(UpdateNetworkLoadBalancerDetails.builder()
                        .isPreserveSourceDestination(true).build()).build()), "targetId");
    }

    /**
     * CreateNetworkLoadBalancerDetails.assignedPrivateIpv4: "Private IP address to be assigned to
     * the network load balancer ... has to be in the CIDR range of the subnet".
     */
    @Test
    void anAssignedPrivateIpv4IsTheAddressTheNlbTakes() {
        var nlb = create(details("nodes", set().build()).assignedPrivateIpv4("10.0.2.77").build());

        assertThat(nlb.getIpAddresses()).extracting(ip -> ip.getIpAddress()).containsExactly("10.0.2.77");
    }

    @Test
    void anAssignedPrivateIpv4OutsideTheSubnetIsRejected() {
        invalid(() -> create(details("nodes", set().build()).assignedPrivateIpv4("10.0.3.7").build()),
                "10.0.3.7", "10.0.2.0/24");
    }

    @Test
    void anAssignedPrivateIpv4AlreadyInUseIsAConflict() {
        create(details("nodes", set().build()).assignedPrivateIpv4("10.0.2.77").build());

        refused(() -> create(details("nodes", set().build()).assignedPrivateIpv4("10.0.2.77").build()),
                409, "Conflict", "10.0.2.77", "in use");
    }

    /** Reserved public IPs and IPv6 are not modelled: the request fails as unsupported. */
    @Test
    void reservedIpsAndIpv6AreUnsupported() {
        assertThatThrownBy(() -> create(details("nodes", set().build()).reservedIps(List.of(ReservedIP.builder()
                .id("ocid1.publicip.oc1.iad.aaaa").build())).build()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("reservedIps");
        assertThatThrownBy(() -> create(details("nodes", set().build()).nlbIpVersion(NlbIpVersion.Ipv4AndIpv6).build()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("IPv6");
    }

    /** GetListener and GetBackendSet answer the NLB's etag, as GetNetworkLoadBalancer does. */
    @Test
    void listenersAndBackendSetsAnswerTheNlbsEtag() {
        String id = create(details("nodes", set().build()).build()).getId();
        String etag = nlbs.getNetworkLoadBalancer(GetNetworkLoadBalancerRequest.builder().networkLoadBalancerId(id)
                .build()).getEtag();

        assertThat(nlbs.getListener(GetListenerRequest.builder().networkLoadBalancerId(id).listenerName("tcp").build())
                .getEtag()).isNotBlank().isEqualTo(etag);
        assertThat(nlbs.getBackendSet(GetBackendSetRequest.builder().networkLoadBalancerId(id).backendSetName("nodes")
                .build()).getEtag()).isEqualTo(etag);
    }

    /**
     * GetBackendSetRequest.ifNoneMatch: "If the condition fails for the GET and HEAD methods, then
     * the system returns the HTTP status code 304 (Not Modified)."
     */
    @Test
    void aGetWhoseIfNoneMatchIsTheCurrentEtagIsNotModified() {
        String id = create(details("nodes", set().build()).build()).getId();
        GetBackendSetRequest.Builder get = GetBackendSetRequest.builder().networkLoadBalancerId(id).backendSetName("nodes");
        String etag = nlbs.getBackendSet(get.build()).getEtag();

        GetBackendSetResponse unchanged = nlbs.getBackendSet(get.ifNoneMatch(etag).build());
        GetBackendSetResponse stale = nlbs.getBackendSet(get.ifNoneMatch("other").build());

        assertThat(unchanged.get__httpStatusCode__()).isEqualTo(304);
        assertThat(unchanged.getBackendSet()).isNull();
        assertThat(stale.get__httpStatusCode__()).isEqualTo(200);
        assertThat(stale.getBackendSet().getName()).isEqualTo("nodes");
    }

    /** ListNetworkLoadBalancersRequest.sortBy: "If no value is specified, then timeCreated is the default" (descending). */
    @Test
    void nlbsAreListedNewestFirstByDefault() {
        create(details("nodes", set().build()).displayName("first").build());
        create(details("nodes", set().build()).displayName("second").build());

        assertThat(nlbs.listNetworkLoadBalancers(ListNetworkLoadBalancersRequest.builder().compartmentId(COMPARTMENT)
                .build()).getNetworkLoadBalancerCollection().getItems()).extracting(n -> n.getDisplayName())
                .containsExactly("second", "first");
    }

    /** ListListenersRequest.sortBy: the same default; displayName sorts ascending by default. */
    @Test
    void listenersAreListedNewestFirstByDefaultAndByNameAscending() {
        Map<String, ListenerDetails> listeners = new LinkedHashMap<>();
        for (String name : List.of("b", "a", "c")) {
            listeners.put(name, ListenerDetails.builder().name(name).defaultBackendSetName("nodes").port(443)
                    .protocol(ListenerProtocols.Tcp).build());
        }
        String id = create(details("nodes", set().build()).listeners(listeners).build()).getId();

        var byDefault = nlbs.listListeners(ListListenersRequest.builder().networkLoadBalancerId(id).build())
                .getListenerCollection().getItems();
        var byName = nlbs.listListeners(ListListenersRequest.builder().networkLoadBalancerId(id)
                .sortBy(ListListenersRequest.SortBy.DisplayName).build()).getListenerCollection().getItems();

        assertThat(byDefault).extracting(l -> l.getName()).containsExactly("c", "a", "b");
        assertThat(byName).extracting(l -> l.getName()).containsExactly("a", "b", "c");
    }
}
