package dev.okenet.check.internal;

import dev.okenet.check.RuleDoc;
import dev.okenet.check.Severity;
import java.util.List;

/**
 * The documentation of the findings oke-net-impl's cluster doctor ({@code dev.okenet.doctor.ClusterDoctor})
 * reports about a live cluster: {@code OKE-DOCTOR-*}. Like the live and import findings
 * ({@link LiveAndImportDocs}) they need the cloud and the cluster, not a model, but they share the
 * catalog so every finding id a user can meet is documented in {@code RULES.md}; oke-net-impl's
 * {@code FindingCatalogTest} keeps the ids the doctor reports and these docs equal, and checks that
 * each id has a test that triggers it.
 *
 * <pre>{@code
 * DoctorDocs.all();   // OKE-DOCTOR-001 … OKE-DOCTOR-090
 * }</pre>
 */
public final class DoctorDocs {
  private DoctorDocs() {}

  /** Every OKE-DOCTOR id's documentation. */
  public static List<RuleDoc> all() {
    return List.of(
        RuleDoc.of("OKE-DOCTOR-001", Severity.ERROR, "Pods are Pending without a pod IP: the pod subnet is used up",
            "With VCN-native pod networking every node pre-allocates maxPodsPerNode secondary IPs plus one per pod VNIC in the "
                + "pod subnet when it joins; once the subnet runs out, pods on the nodes that came last stay Pending with "
                + "FailedToCreatePrivateIP. The doctor names the node pool, the subnet's use (ListPrivateIps) and the prefix "
                + "that holds the pools' nodes.",
            "Give the node pools a larger pod subnet (in the DSL .pods(Subnet.privateSubnet(n)) with the prefix "
                + "the finding names), or scale the pool down, or lower maxPodsPerNode."),
        RuleDoc.of("OKE-DOCTOR-002", Severity.ERROR, "Pods are unschedulable: every node holds maxPodsPerNode pods",
            "A node takes at most maxPodsPerNode pods (its allocatable pods; on VCN-native, the pod IPs it pre-allocated): when "
                + "every node is full the scheduler leaves new pods Pending with FailedScheduling \"Too many pods\".",
            "Scale a node pool up (the finding says how many more nodes the pod subnet can hold), or raise maxPodsPerNode."),
        RuleDoc.of("OKE-DOCTOR-010", Severity.ERROR, "A public LoadBalancer Service's subnet prohibits public IPs",
            "OCI refuses a public load balancer in a private subnet (400 InvalidParameter), so the cloud controller manager "
                + "reports SyncLoadBalancerFailed and the Service stays <pending>.",
            "Annotate the Service internal (kubectl annotate), or point it at a public subnet (the model's "
                + ".publicLoadBalancers(Subnet.publicSubnet()...))."),
        RuleDoc.of("OKE-DOCTOR-011", Severity.ERROR, "A public LoadBalancer Service's subnet has no route to an internet gateway",
            "A public load balancer answers clients through the VCN's internet gateway; without a 0.0.0.0/0 route to one in its "
                + "subnet's route table its address answers nobody on the internet.",
            "Route 0.0.0.0/0 of the subnet's route table to the internet gateway (in the DSL, Gateways.internet() with the "
                + "public LB subnet; apply the model)."),
        RuleDoc.of("OKE-DOCTOR-012", Severity.ERROR, "is-preserve-source is set on an NLB Service with externalTrafficPolicy Cluster",
            "The cloud controller manager refuses the annotation whatever its value when the traffic policy is Cluster "
                + "(getPreserveSource in load_balancer_spec.go): the Service stays <pending>.",
            "Remove the annotation (kubectl annotate service NAME oci-network-load-balancer.oraclecloud.com/is-preserve-source-), "
                + "or set externalTrafficPolicy: Local."),
        RuleDoc.of("OKE-DOCTOR-013", Severity.ERROR, "A Service annotation or spec the cloud controller manager refuses",
            "The CCM parses a LoadBalancer Service's annotations before it creates anything; a value it cannot parse or does "
                + "not allow (UDP on an OCI load balancer, a session affinity, a bad NSG list, a policy it does not know) "
                + "fails the sync and the Service stays <pending>.",
            "Fix the annotation the finding names to a value the CCM accepts (the finding quotes its message)."),
        RuleDoc.of("OKE-DOCTOR-014", Severity.ERROR, "A security-list management mode the cloud controller manager refuses",
            "The CCM takes only All, Frontend or None as an NLB's security-list mode, and only None with a UDP port "
                + "(validateProtocols): any other mode fails the sync and the Service stays <pending>.",
            "Set the mode annotation to a value the CCM accepts (None for UDP), and let the network carry the load balancer's "
                + "rules."),
        RuleDoc.of("OKE-DOCTOR-015", Severity.ERROR, "A load balancer shape OCI or the CCM refuses, or a shape over its quota",
            "A fixed 100Mbps load balancer counts against the tenancy's lb-100mbps-count limit, and a flexible shape needs both "
                + "bandwidth annotations: past the limit, or without them, no load balancer is created.",
            "Use the flexible shape with both bandwidths (service.beta.kubernetes.io/oci-load-balancer-shape: flexible, "
                + "-shape-flex-min, -shape-flex-max), or request a limit increase."),
        RuleDoc.of("OKE-DOCTOR-016", Severity.ERROR, "A LoadBalancer Service names a subnet the cluster's VCN does not have",
            "The CCM reads the subnet a Service names before it creates the load balancer; a subnet that is not there (or not "
                + "readable) fails the sync and the Service stays <pending>.",
            "Annotate the Service with a subnet of the cluster's VCN, or remove the annotation to use the cluster's load "
                + "balancer subnets."),
        RuleDoc.of("OKE-DOCTOR-019", Severity.WARNING, "A LoadBalancer Service is pending for a reason the doctor does not recognise",
            "The Service has no address and the cloud controller manager's message (quoted as evidence) is none the doctor "
                + "parses, or the CCM left no event at all (events expire after an hour).",
            "Read the quoted message; kubectl describe service shows the latest events."),
        RuleDoc.of("OKE-DOCTOR-020", Severity.ERROR, "A NetworkPolicy that nothing enforces",
            "OKE enforces no NetworkPolicy by itself: without Calico or Cilium running in the cluster the API server accepts the "
                + "policy and every pod it would isolate stays open.",
            "Install a policy engine (Calico, as Oracle's \"Example: Installing Calico and Setting Up Network Policies\" shows; "
                + "in the DSL Cluster.withPolicyEngine(PolicyEngine.CALICO)), or delete the policies that protect nothing."),
        RuleDoc.of("OKE-DOCTOR-030", Severity.ERROR, "Load balancer health checks cannot reach the nodes: backends Critical",
            "The load balancer checks each node on the health-check port (kube-proxy's 10256, or the Service's "
                + "healthCheckNodePort with externalTrafficPolicy Local); without an egress rule from the load balancer and an "
                + "ingress rule at the nodes every backend is Critical and the Service serves nothing.",
            "Add the rule the finding names (to the workers' NSG or security list), or let the CCM manage the rules "
                + "(security-list management mode All)."),
        RuleDoc.of("OKE-DOCTOR-031", Severity.ERROR, "The load balancer cannot reach the Service's node ports",
            "Traffic goes from the load balancer (or, when an NLB preserves the source, from the clients) to each node's node "
                + "port; without the rules it is dropped even when health checks pass.",
            "Add the rule the finding names (to the workers' NSG or security list), or let the CCM manage the rules "
                + "(security-list management mode All)."),
        RuleDoc.of("OKE-DOCTOR-090", Severity.WARNING, "A read of the cluster or its network failed, so a check is incomplete",
            "The caller may lack a permission (Kubernetes RBAC, OCI policy), or the call failed after its retries: what it "
                + "returns is missing and the checks that need it say less.",
            "Grant read access (list pods, nodes, services, events, networkpolicies, daemonsets; read virtual-network-family "
                + "and cluster-family) and examine again."));
  }
}
