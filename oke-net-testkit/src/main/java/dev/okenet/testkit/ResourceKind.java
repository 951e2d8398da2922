package dev.okenet.testkit;

import static dev.okenet.testkit.internal.arguments.Arguments.notNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The kinds of OCI resource FakeOci holds, with the facts the fake needs about each: the OCID type
 * segment, the names OCI gives its lifecycle states, and the typical time OCI takes to provision
 * it (OCI-FACTS.md, "Typical real latencies").
 *
 * <p>Kinds are the unit of the {@linkplain VirtualClock#setLatency clock's latencies} and of
 * {@linkplain Faults fault} targeting:
 *
 * <pre>{@code
 * fake.clock().setLatency(ResourceKind.SUBNET, Duration.ofSeconds(9));
 * fake.faults().on(ResourceKind.SUBNET).onEveryCall().respond(Fault.tooManyRequests());
 * }</pre>
 */
public enum ResourceKind {
    VCN("Vcn", "vcn", "VCN", Duration.ofSeconds(2), States.NETWORK),
    SUBNET("Subnet", "subnet", "Subnet", Duration.ofSeconds(3), States.NETWORK),
    INTERNET_GATEWAY("InternetGateway", "internetgateway", "Internet gateway", Duration.ofSeconds(1), States.NETWORK),
    NAT_GATEWAY("NatGateway", "natgateway", "NAT gateway", Duration.ofSeconds(2), States.NETWORK),
    SERVICE_GATEWAY("ServiceGateway", "servicegateway", "Service gateway", Duration.ofSeconds(1), States.NETWORK),
    ROUTE_TABLE("RouteTable", "routetable", "Route table", Duration.ofSeconds(1), States.NETWORK),
    SECURITY_LIST("SecurityList", "securitylist", "Security list", Duration.ofSeconds(1), States.NETWORK),
    NETWORK_SECURITY_GROUP("NetworkSecurityGroup", "networksecuritygroup", "Network security group", Duration.ZERO, States.NETWORK),
    DHCP_OPTIONS("DhcpOptions", "dhcpoptions", "DHCP options", Duration.ZERO, States.NETWORK),
    /** DRG provisioning time is not in OCI-FACTS.md; 10 s is an unverified default. */
    DRG("Drg", "drg", "DRG", Duration.ofSeconds(10), States.NETWORK),
    /** DRG attachment time is not in OCI-FACTS.md; 5 s is an unverified default. */
    DRG_ATTACHMENT("DrgAttachment", "drgattachment", "DRG attachment", Duration.ofSeconds(5), States.ATTACHMENT),
    LOCAL_PEERING_GATEWAY("LocalPeeringGateway", "localpeeringgateway", "Local peering gateway", Duration.ofSeconds(1), States.NETWORK),
    REMOTE_PEERING_CONNECTION("RemotePeeringConnection", "remotepeeringconnection", "Remote peering connection", Duration.ofSeconds(1), States.NETWORK),
    PRIVATE_IP("PrivateIp", "privateip", "Private IP", Duration.ZERO, States.NETWORK),
    CLUSTER("Cluster", "cluster", "Cluster", Duration.ofSeconds(360), States.CONTAINER_ENGINE),
    /** The node pool API object is ready in ~2 s; its nodes take {@link VirtualClock#nodeLatency()}. */
    NODE_POOL("NodePool", "nodepool", "Node pool", Duration.ofSeconds(2), States.NODE_POOL),
    NETWORK_LOAD_BALANCER("NetworkLoadBalancer", "networkloadbalancer", "Network load balancer", Duration.ofSeconds(21), States.NLB),
    /** OCI-FACTS.md: a flexible load balancer takes "minutes"; 3 minutes is an unverified default. */
    LOAD_BALANCER("LoadBalancer", "loadbalancer", "Load balancer", Duration.ofMinutes(3), States.LB);

    private final String sdkNoun;
    private final String ocidType;
    private final String label;
    private final Duration typicalLatency;
    private final States states;

    ResourceKind(String sdkNoun, String ocidType, String label, Duration typicalLatency, States states) {
        this.sdkNoun = sdkNoun;
        this.ocidType = ocidType;
        this.label = label;
        this.typicalLatency = typicalLatency;
        this.states = states;
    }

    /** The noun the SDK uses in operation names, e.g. {@code NatGateway} in {@code createNatGateway}. */
    public String sdkNoun() {
        return sdkNoun;
    }

    /** The type segment of this kind's OCIDs, e.g. {@code natgateway}. */
    public String ocidType() {
        return ocidType;
    }

    /** A human name used in error messages, e.g. {@code NAT gateway}. */
    public String label() {
        return label;
    }

    /** The typical time OCI takes to provision this kind (OCI-FACTS.md). */
    public Duration typicalLatency() {
        return typicalLatency;
    }

    /** OCI's name for the given lifecycle phase of this kind, e.g. {@code ATTACHED} for a DRG attachment that is ready. */
    public String stateName(Phase phase) {
        notNull(phase, "ResourceKind.stateName(phase)", "Give a lifecycle phase, e.g. ResourceKind.Phase.READY.");
        return states.names[phase.ordinal()];
    }

    /**
     * The kind an SDK operation acts on, found by the longest kind noun the operation name contains
     * ({@code listDrgAttachments} is about DRG attachments, not DRGs).
     */
    public static Optional<ResourceKind> ofOperation(String operation) {
        notNull(operation, "ResourceKind.ofOperation(operation)", "Give an SDK method name, e.g. \"createSubnet\".");
        return Arrays.stream(values())
                .filter(kind -> operation.contains(kind.sdkNoun))
                .max(Comparator.comparingInt(kind -> kind.sdkNoun.length()));
    }

    /** The phases every OCI resource goes through; each kind names them its own way. */
    public enum Phase {
        CREATING, READY, UPDATING, DELETING, DELETED, FAILED
    }

    private enum States {
        NETWORK("PROVISIONING", "AVAILABLE", "UPDATING", "TERMINATING", "TERMINATED", "FAILED"),
        ATTACHMENT("ATTACHING", "ATTACHED", "ATTACHING", "DETACHING", "DETACHED", "DETACHED"),
        CONTAINER_ENGINE("CREATING", "ACTIVE", "UPDATING", "DELETING", "DELETED", "FAILED"),
        NODE_POOL("CREATING", "ACTIVE", "UPDATING", "DELETING", "DELETED", "NEEDS_ATTENTION"),
        NLB("CREATING", "ACTIVE", "UPDATING", "DELETING", "DELETED", "FAILED"),
        /** {@code LoadBalancer.LifecycleState} has no UPDATING: a load balancer being changed stays ACTIVE. */
        LB("CREATING", "ACTIVE", "ACTIVE", "DELETING", "DELETED", "FAILED");

        private final String[] names;

        States(String... names) {
            this.names = names;
        }
    }
}
