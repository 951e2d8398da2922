package dev.okenet.check.internal;

import dev.okenet.check.RuleDoc;
import dev.okenet.check.Severity;
import java.util.List;

/**
 * The documentation of the findings oke-net-impl reports about live networks: {@code OKE-LIVE-*}
 * from {@code OciNetworkProvider.diagnose}, {@code OKE-IMPORT-*} from {@code NetworkImporter} and
 * {@code ServiceManifests}. They are not validation rules (they need the cloud), but they share
 * the catalog, so every finding id a user can meet is documented in one place ({@code RULES.md});
 * oke-net-impl's {@code FindingCatalogTest} keeps the ids it emits and these docs equal, and checks
 * that each id has a test that triggers it.
 *
 * <pre>{@code
 * LiveAndImportDocs.all();   // OKE-LIVE-001 … OKE-IMPORT-012
 * }</pre>
 */
public final class LiveAndImportDocs {
  private LiveAndImportDocs() {}

  /** Every OKE-LIVE and OKE-IMPORT id's documentation. */
  public static List<RuleDoc> all() {
    return List.of(
        RuleDoc.of("OKE-LIVE-001", Severity.ERROR, "A live worker or pod subnet cannot hold the node pools' growth",
            "diagnose() counts the private IPs in use (ListPrivateIps) against the addresses the node pools need at their maximum "
                + "size plus surge; past that, nodes join without pod IPs and pods stay Pending (FailedToCreatePrivateIP).",
            "Lower the pools' maximum or maxPodsPerNode, or move the pools to a larger subnet."),
        RuleDoc.of("OKE-LIVE-002", Severity.ERROR, "A public LoadBalancer Service's live subnet prohibits public IPs",
            "The cloud controller manager cannot give a public load balancer an address in a subnet that prohibits public IPs: "
                + "the Service stays <pending>.",
            "Point the Service at a public subnet (the model's public LB subnet), or make the Service internal."),
        RuleDoc.of("OKE-LIVE-003", Severity.ERROR, "A public LoadBalancer Service's live subnet has no route to an internet gateway",
            "A public load balancer answers clients through the internet gateway; without a 0.0.0.0/0 route to one its "
                + "listeners are unreachable from the internet.",
            "Route 0.0.0.0/0 of the LB subnet's route table to the VCN's internet gateway (apply the model)."),
        RuleDoc.of("OKE-LIVE-004", Severity.ERROR, "No live rule lets the load balancers reach the workers",
            "Without node-port (30000-32767) and health-check (10256) rules from the LB subnets to the workers, backends are "
                + "marked Critical and the Service serves nothing.",
            "Apply the model (it generates the rules), or add them to the workers' NSG or security list."),
        RuleDoc.of("OKE-LIVE-005", Severity.ERROR, "A rule of the model is missing from the live NSG or security list",
            "Someone removed a rule oke-net generated or declared: the traffic it allowed (often an OKE-required path) is dropped.",
            "Apply the model again; plan() shows the rule being added back."),
        RuleDoc.of("OKE-LIVE-006", Severity.WARNING, "A live NSG or security list holds a rule the model does not",
            "A rule added by hand widens what the network allows without review, and the next apply removes it "
                + "(rules the cloud controller manager writes are recognised and left alone).",
            "Add the rule to the model if it is needed, or let the next apply remove it."),
        RuleDoc.of("OKE-LIVE-007", Severity.ERROR, "A route rule of the model is missing from the live route table",
            "Traffic that rule carried (to the NAT gateway, service gateway, DRG or internet) has no route and is dropped.",
            "Apply the model again; plan() shows the route being added back."),
        RuleDoc.of("OKE-LIVE-008", Severity.WARNING, "A live route table holds a route rule the model does not",
            "A route added by hand can send traffic somewhere the model does not expect, and the next apply removes it.",
            "Add the route to the model if it is needed, or let the next apply remove it."),
        RuleDoc.of("OKE-LIVE-009", Severity.ERROR, "A resource of the model does not exist",
            "The network has not been applied, or part of it was deleted: everything that depends on the resource fails.",
            "Apply the model."),
        RuleDoc.of("OKE-IMPORT-001", Severity.WARNING, "A live object has no shape in the model and is left out",
            "An import describes what the model can carry; a gateway kind, route target, protocol or shape it cannot is dropped, "
                + "so a plan of the imported model would not manage it.",
            "Model it by hand where the model allows, or keep managing that object outside oke-net."),
        RuleDoc.of("OKE-IMPORT-002", Severity.WARNING, "A subnet's role could not be decided",
            "Roles (API endpoint, workers, pods, load balancers) come from the cluster that uses the subnets; with no cluster, "
                + "several, or a subnet used for two roles, the import guesses and validation may judge the wrong role.",
            "Import by cluster OCID (importCluster), or set the role in the emitted model."),
        RuleDoc.of("OKE-IMPORT-003", Severity.WARNING, "A read failed, so part of the network is missing from the import",
            "The caller lacks a permission, the client lacks a service, or the call failed after its retries: what it returns "
                + "is absent, and an adoption would plan it as new.",
            "Grant read access (virtual-network-family, cluster-family) or pass the missing client, then import again."),
        RuleDoc.of("OKE-IMPORT-004", Severity.WARNING, "A live rule was changed or dropped to fit the model",
            "The model carries rules in its own vocabulary; a rule it cannot express exactly is approximated or left out, so "
                + "applying the imported model would change it.",
            "Review the rule in the emitted model; keep it outside oke-net if it must stay exact."),
        RuleDoc.of("OKE-IMPORT-005", Severity.WARNING, "One live resource serves several logical keys",
            "Ownership tags name one key per resource; a route table or security list shared by several subnets is adopted "
                + "for one key, and the model gives the others their own.",
            "Accept the split (the next apply creates the others), or give each subnet its own resource first."),
        RuleDoc.of("OKE-IMPORT-006", Severity.WARNING, "A node pool's placement or pods differ from the role subnets",
            "A node pool placed in another subnet than the workers', or with pods elsewhere than the pod subnet, is modelled "
                + "with the role subnets: capacity and rules are judged for those.",
            "Move the pool to the role subnets, or model the other subnet as an extra subnet."),
        RuleDoc.of("OKE-IMPORT-007", Severity.WARNING, "The VCN's default security list carries rules the model does not keep",
            "For an existing VCN the default list is read, never changed: its rules stay as they are and are not part of the model.",
            "Review them with the VCN's owner; give the subnets security lists or NSGs of their own to manage rules."),
        RuleDoc.of("OKE-IMPORT-008", Severity.WARNING, "A rule set the model needs has no live counterpart",
            "The model generates an NSG or security list the live network lacks; adopting plans it as a create.",
            "Accept the create, or bind an existing resource to the key."),
        RuleDoc.of("OKE-IMPORT-009", Severity.INFO, "Facts that live in Kubernetes were not read from OCI",
            "Services, Ingresses, NetworkPolicies, the policy engine and autoscaler bounds are not in OCI: without them the "
                + "import cannot check exposure or policy.",
            "Pass them with KubernetesFacts (e.g. withServiceManifests of kubectl get svc -A -o yaml)."),
        RuleDoc.of("OKE-IMPORT-010", Severity.WARNING, "An OKE-required rule is missing from the live network",
            "OKE needs it for nodes to join, the control plane to reach kubelets, or pods to talk: the cluster misbehaves.",
            "Add the rule (the fix names it), or adopt and apply the model, which generates it."),
        RuleDoc.of("OKE-IMPORT-011", Severity.INFO, "A live rule allows more than the OKE-required rule it serves",
            "A broader rule (all ports, 0.0.0.0/0) than OKE needs opens more than the cluster uses.",
            "Narrow it to the required rule the finding names."),
        RuleDoc.of("OKE-IMPORT-012", Severity.ERROR, "A Service manifest the OCI cloud controller manager refuses",
            "The CCM refuses it (e.g. is-preserve-source with externalTrafficPolicy Cluster, an unknown management mode, UDP with "
                + "managed security lists): the Service stays <pending>.",
            "Fix the annotation the finding names, as the CCM's message says."));
  }
}
