package dev.okenet.internal.resolve;

import static dev.okenet.internal.resolve.RuleSources.EX_API;
import static dev.okenet.internal.resolve.RuleSources.EX_FLANNEL_API;
import static dev.okenet.internal.resolve.RuleSources.EX_FLANNEL_WORKERS;
import static dev.okenet.internal.resolve.RuleSources.EX_LB;
import static dev.okenet.internal.resolve.RuleSources.EX_NATIVE_API;
import static dev.okenet.internal.resolve.RuleSources.EX_NATIVE_WORKERS;
import static dev.okenet.internal.resolve.RuleSources.EX_PODS;
import static dev.okenet.internal.resolve.RuleSources.EX_WORKERS;
import static dev.okenet.internal.resolve.RuleSources.NRC_API_IN;
import static dev.okenet.internal.resolve.RuleSources.NRC_API_OUT;
import static dev.okenet.internal.resolve.RuleSources.NRC_LB_BACKENDS;
import static dev.okenet.internal.resolve.RuleSources.NRC_PODS_IN;
import static dev.okenet.internal.resolve.RuleSources.NRC_PODS_OUT;
import static dev.okenet.internal.resolve.RuleSources.NRC_PODS_OUT_OPTIONAL;
import static dev.okenet.internal.resolve.RuleSources.NRC_WORKERS_IN;
import static dev.okenet.internal.resolve.RuleSources.NRC_WORKERS_OUT;
import static dev.okenet.internal.resolve.RuleSources.NRC_WORKERS_OUT_OPTIONAL;
import static dev.okenet.internal.resolve.RuleSources.TF_CONTROL_PLANE;
import static dev.okenet.internal.resolve.RuleSources.TF_LOAD_BALANCERS;
import static dev.okenet.internal.resolve.RuleSources.TF_PODS;
import static dev.okenet.internal.resolve.RuleSources.TF_PODS_INTERNET;
import static dev.okenet.internal.resolve.RuleSources.TF_PODS_PATH_DISCOVERY;
import static dev.okenet.internal.resolve.RuleSources.TF_PODS_TO_WORKERS;
import static dev.okenet.internal.resolve.RuleSources.TF_WORKERS;
import static dev.okenet.internal.resolve.RuleSources.TF_WORKERS_INTERNET;

import dev.okenet.OkeNetwork;
import dev.okenet.cluster.Cni;
import dev.okenet.resolved.RuleSource;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;

/**
 * The security rules OKE requires between the API endpoint, workers, pods and load balancers, row
 * by row from Oracle's "Network Resource Configuration for Cluster Creation and Deployment" tables
 * and its "Example Network Resource Configurations", completed from terraform-oci-oke's
 * {@code modules/network/nsg-*.tf} where Oracle's tables are silent. Every row names its sources;
 * where the sources disagree, {@link dev.okenet.reference.internal.RequiredRulesDocument} says which reading a row follows and
 * why. All stateful.
 */
public final class OkeRequiredRules {
  /** Which CNI a row applies to. */
  public enum When {
    /** For both CNIs. */
    ALWAYS,
    /** Only with VCN-native pods. */
    VCN_NATIVE,
    /** Only with flannel. */
    FLANNEL;

    /** Whether a row with this condition applies to {@code cni}. */
    public boolean appliesTo(Cni cni) {
      return this == ALWAYS || (this == VCN_NATIVE) == (cni == Cni.VCN_NATIVE);
    }
  }

  /** Which switch of the network a row depends on. */
  public enum Purpose {
    /** OKE needs it: always written (unless {@code generatesOkeRules(false)}). */
    REQUIRED,
    /** Internet egress of its role, written when {@code internetEgress()} allows the role. */
    INTERNET_EGRESS,
    /** Load balancer to worker rules, written when {@code generatesLoadBalancerRules()}. */
    LOAD_BALANCER
  }

  /**
   * One row: on the rule set of {@code where}, a rule in {@code direction} with {@code peer}.
   *
   * @param where the role whose NSG or security list holds the rule
   * @param direction ingress or egress
   * @param peer the other side
   * @param port protocol and ports
   * @param when which CNI it applies to
   * @param purpose which switch of the network writes it
   * @param why the description written into OCI
   * @param sources where it comes from, Oracle's pages first
   * @param reading the id of the disagreement between sources this row settles (see
   *     {@link dev.okenet.reference.internal.RequiredRulesDocument#DISAGREEMENTS}), or "" when the sources agree
   */
  public record Row(SubnetRole where, Direction direction, Peer peer, Port port, When when, Purpose purpose, String why,
      List<RuleSource> sources, String reading) {
    /** Copies the sources. */
    public Row {
      sources = List.copyOf(sources);
    }

    Row(SubnetRole where, Direction direction, Peer peer, Port port, When when, Purpose purpose, String why, List<RuleSource> sources) {
      this(where, direction, peer, port, when, purpose, why, sources, "");
    }

    /** This row, settling disagreement {@code id}. */
    Row reading(String id) {
      return new Row(where, direction, peer, port, when, purpose, why, sources, id);
    }

    /** Whether the row applies to {@code network}. */
    public boolean appliesTo(OkeNetwork network) {
      if (!when.appliesTo(network.podNetworking().cni())) {
        return false;
      }
      switch (purpose) {
        case INTERNET_EGRESS:
          return network.internetEgress().allows(where);
        case LOAD_BALANCER:
          return network.generatesLoadBalancerRules();
        default:
          return true;
      }
    }
  }

  private static final Peer W = Peer.role(SubnetRole.WORKERS);
  private static final Peer P = Peer.role(SubnetRole.PODS);
  private static final Peer API = Peer.role(SubnetRole.API_ENDPOINT);
  private static final Peer OSN = Peer.serviceNetwork();
  private static final Peer ANY = Peer.anyIpv4();
  private static final SubnetRole API_ROLE = SubnetRole.API_ENDPOINT;
  private static final SubnetRole WORKERS = SubnetRole.WORKERS;
  private static final SubnetRole PODS = SubnetRole.PODS;
  /** The health port of kube-proxy, probed by load balancers of Services with externalTrafficPolicy Cluster. */
  public static final Port KUBE_PROXY_HEALTH = Port.tcp(10256);

  private static final List<Row> ROWS = rows();

  private OkeRequiredRules() {}

  private static List<Row> rows() {
    List<Row> r = new ArrayList<>();
    // API endpoint
    r.add(in(API_ROLE, W, Port.tcp(6443), When.ALWAYS, "OKE: workers to Kubernetes API endpoint", NRC_API_IN, EX_API, TF_CONTROL_PLANE));
    r.add(in(API_ROLE, W, Port.tcp(12250), When.ALWAYS, "OKE: workers to control plane", NRC_API_IN, EX_API, TF_CONTROL_PLANE));
    r.add(in(API_ROLE, W, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery from workers", NRC_API_IN, EX_API, TF_CONTROL_PLANE));
    r.add(in(API_ROLE, P, Port.tcp(6443), When.VCN_NATIVE, "OKE: pods to Kubernetes API endpoint", NRC_API_IN, EX_NATIVE_API, TF_CONTROL_PLANE));
    r.add(in(API_ROLE, P, Port.tcp(12250), When.VCN_NATIVE, "OKE: pods to control plane", NRC_API_IN, EX_NATIVE_API, TF_CONTROL_PLANE));
    r.add(out(API_ROLE, OSN, Port.allTcp(), When.ALWAYS, "OKE: control plane to OKE and Oracle services", EX_API, NRC_API_OUT, TF_CONTROL_PLANE).reading("D1"));
    r.add(out(API_ROLE, OSN, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery to Oracle services", EX_API).reading("D1"));
    r.add(out(API_ROLE, W, Port.allTcp(), When.ALWAYS, "OKE: control plane to workers", NRC_API_OUT, NRC_WORKERS_IN, EX_FLANNEL_API).reading("D2"));
    r.add(out(API_ROLE, W, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery to workers", NRC_API_OUT, EX_API, TF_CONTROL_PLANE));
    r.add(out(API_ROLE, P, Port.all(), When.VCN_NATIVE, "OKE: control plane to pods", NRC_API_OUT, EX_NATIVE_API, TF_CONTROL_PLANE));
    // workers
    r.add(in(WORKERS, W, Port.all(), When.ALWAYS, "OKE: worker to worker", NRC_WORKERS_IN, EX_FLANNEL_WORKERS, TF_WORKERS).reading("D3"));
    r.add(in(WORKERS, P, Port.all(), When.VCN_NATIVE, "OKE: pods to workers", NRC_WORKERS_IN, TF_WORKERS).reading("D3"));
    r.add(in(WORKERS, API, Port.allTcp(), When.ALWAYS, "OKE: control plane to workers", NRC_WORKERS_IN, EX_FLANNEL_WORKERS, TF_WORKERS).reading("D2"));
    r.add(in(WORKERS, ANY, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery", NRC_WORKERS_IN, EX_WORKERS, TF_WORKERS));
    r.add(out(WORKERS, W, Port.all(), When.ALWAYS, "OKE: worker to worker", NRC_WORKERS_OUT, EX_FLANNEL_WORKERS, TF_WORKERS).reading("D3"));
    r.add(out(WORKERS, ANY, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery", NRC_WORKERS_OUT, EX_WORKERS, TF_WORKERS).reading("D4"));
    r.add(out(WORKERS, OSN, Port.allTcp(), When.ALWAYS, "OKE: workers to OKE and Oracle services", NRC_WORKERS_OUT, EX_WORKERS, TF_WORKERS));
    r.add(out(WORKERS, API, Port.tcp(6443), When.ALWAYS, "OKE: workers to Kubernetes API endpoint", NRC_WORKERS_OUT, EX_WORKERS, TF_WORKERS));
    r.add(out(WORKERS, API, Port.tcp(12250), When.ALWAYS, "OKE: workers to control plane", NRC_WORKERS_OUT, EX_WORKERS, TF_WORKERS));
    r.add(out(WORKERS, P, Port.all(), When.VCN_NATIVE, "OKE: workers to pods", NRC_WORKERS_OUT, EX_NATIVE_WORKERS, TF_WORKERS));
    r.add(new Row(WORKERS, Direction.EGRESS, ANY, Port.allTcp(), When.ALWAYS, Purpose.INTERNET_EGRESS,
        "workers to the internet (image registries other than OCIR, external APIs)", List.of(NRC_WORKERS_OUT_OPTIONAL,
            TF_WORKERS_INTERNET)).reading("D6"));
    // pods (VCN-native only)
    r.add(in(PODS, API, Port.all(), When.VCN_NATIVE, "OKE: control plane to pods", NRC_PODS_IN, EX_PODS, TF_PODS));
    r.add(in(PODS, W, Port.all(), When.VCN_NATIVE, "OKE: workers to pods", NRC_PODS_IN, EX_PODS, TF_PODS));
    r.add(in(PODS, P, Port.all(), When.VCN_NATIVE, "OKE: pod to pod", NRC_PODS_IN, EX_PODS, TF_PODS));
    r.add(in(PODS, ANY, Port.ICMP_PATH_MTU, When.VCN_NATIVE, "path discovery", TF_PODS_PATH_DISCOVERY).reading("D8"));
    r.add(out(PODS, P, Port.all(), When.VCN_NATIVE, "OKE: pod to pod", NRC_PODS_OUT, EX_PODS, TF_PODS));
    r.add(out(PODS, OSN, Port.ICMP_PATH_MTU, When.VCN_NATIVE, "OKE: path discovery to Oracle services", NRC_PODS_OUT, EX_PODS));
    r.add(out(PODS, OSN, Port.allTcp(), When.VCN_NATIVE, "OKE: pods to Oracle services", NRC_PODS_OUT, EX_PODS, TF_PODS));
    r.add(out(PODS, API, Port.tcp(6443), When.VCN_NATIVE, "OKE: pods to Kubernetes API endpoint", NRC_PODS_OUT, EX_PODS, TF_PODS));
    r.add(out(PODS, API, Port.tcp(12250), When.VCN_NATIVE, "OKE: pods to control plane", NRC_PODS_OUT, EX_PODS));
    r.add(out(PODS, W, Port.all(), When.VCN_NATIVE, "pods to workers (node ports, hostNetwork pods, kubelet 10250 for metrics-server)",
        TF_PODS_TO_WORKERS).reading("D9"));
    r.add(out(PODS, ANY, Port.ICMP_PATH_MTU, When.VCN_NATIVE, "path discovery", TF_PODS_PATH_DISCOVERY).reading("D8"));
    r.add(new Row(PODS, Direction.EGRESS, ANY, Port.allTcp(), When.VCN_NATIVE, Purpose.INTERNET_EGRESS,
        "pods to the internet (external APIs)", List.of(NRC_PODS_OUT_OPTIONAL, EX_PODS, TF_PODS_INTERNET)).reading("D6"));
    // load balancers to workers, for each LB subnet
    for (SubnetRole lb : List.of(SubnetRole.PUBLIC_LOAD_BALANCERS, SubnetRole.INTERNAL_LOAD_BALANCERS)) {
      Peer lbPeer = Peer.role(lb);
      for (Port p : List.of(Port.NODE_PORTS_TCP, Port.NODE_PORTS_UDP, KUBE_PROXY_HEALTH)) {
        String why = p.equals(KUBE_PROXY_HEALTH) ? "load balancers to kube-proxy health check" : "load balancers to node ports";
        r.add(new Row(lb, Direction.EGRESS, W, p, When.ALWAYS, Purpose.LOAD_BALANCER, why, List.of(NRC_LB_BACKENDS, EX_LB, TF_LOAD_BALANCERS))
            .reading("D5"));
        r.add(new Row(WORKERS, Direction.INGRESS, lbPeer, p, When.ALWAYS, Purpose.LOAD_BALANCER, why + " (" + lb.label() + ")",
            List.of(NRC_LB_BACKENDS, EX_LB, TF_WORKERS)).reading("D5"));
      }
    }
    return List.copyOf(r);
  }

  private static Row in(SubnetRole where, Peer from, Port port, When when, String why, RuleSource... sources) {
    return new Row(where, Direction.INGRESS, from, port, when, Purpose.REQUIRED, why, List.of(sources));
  }

  private static Row out(SubnetRole where, Peer to, Port port, When when, String why, RuleSource... sources) {
    return new Row(where, Direction.EGRESS, to, port, when, Purpose.REQUIRED, why, List.of(sources));
  }

  /** Every row of the table. */
  public static List<Row> all() {
    return ROWS;
  }

  /** The rows that apply to {@code cni}, whatever the network's switches. */
  public static List<Row> forCni(Cni cni) {
    return ROWS.stream().filter(r -> r.when().appliesTo(cni)).toList();
  }

  /** The rows {@code resolve()} writes for {@code network}. */
  public static List<Row> forNetwork(OkeNetwork network) {
    return ROWS.stream().filter(r -> r.appliesTo(network)).toList();
  }
}
