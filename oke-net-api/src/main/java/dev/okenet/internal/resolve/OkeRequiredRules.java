package dev.okenet.internal.resolve;

import dev.okenet.cluster.Cni;
import dev.okenet.vcn.Direction;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.SubnetRole;
import java.util.ArrayList;
import java.util.List;

/**
 * The security rules OKE requires between the API endpoint, workers and pods, row by row from
 * Oracle's "Network Resource Configuration for Cluster Creation and Deployment" tables (see
 * shared/OCI-FACTS.md). All stateful.
 */
public final class OkeRequiredRules {
  /** When a row applies. */
  public enum When {
    /** For both CNIs. */
    ALWAYS,
    /** Only with VCN-native pods. */
    VCN_NATIVE,
    /** Only with flannel. */
    FLANNEL;

    boolean appliesTo(Cni cni) {
      return this == ALWAYS || (this == VCN_NATIVE) == (cni == Cni.VCN_NATIVE);
    }
  }

  /**
   * One row: on the rule set of {@code where}, a rule in {@code direction} with {@code peer}.
   *
   * @param where the role whose NSG or security list holds the rule
   * @param direction ingress or egress
   * @param peer the other side
   * @param port protocol and ports
   * @param when which CNI it applies to
   * @param why the description written into OCI
   */
  public record Row(SubnetRole where, Direction direction, Peer peer, Port port, When when, String why) {}

  private static final Peer W = Peer.role(SubnetRole.WORKERS);
  private static final Peer P = Peer.role(SubnetRole.PODS);
  private static final Peer API = Peer.role(SubnetRole.API_ENDPOINT);
  private static final Peer OSN = Peer.serviceNetwork();
  private static final Peer ANY = Peer.anyIpv4();

  private static final List<Row> ROWS = List.of(
      // API endpoint
      in(SubnetRole.API_ENDPOINT, W, Port.tcp(6443), When.ALWAYS, "OKE: workers to Kubernetes API endpoint"),
      in(SubnetRole.API_ENDPOINT, W, Port.tcp(12250), When.ALWAYS, "OKE: workers to control plane"),
      in(SubnetRole.API_ENDPOINT, W, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery from workers"),
      in(SubnetRole.API_ENDPOINT, P, Port.tcp(6443), When.VCN_NATIVE, "OKE: pods to Kubernetes API endpoint"),
      in(SubnetRole.API_ENDPOINT, P, Port.tcp(12250), When.VCN_NATIVE, "OKE: pods to control plane"),
      out(SubnetRole.API_ENDPOINT, OSN, Port.tcp(443), When.ALWAYS, "OKE: control plane to OKE services"),
      out(SubnetRole.API_ENDPOINT, W, Port.allTcp(), When.FLANNEL, "OKE: control plane to workers"),
      out(SubnetRole.API_ENDPOINT, W, Port.tcp(10250), When.VCN_NATIVE, "OKE: control plane to kubelet"),
      out(SubnetRole.API_ENDPOINT, W, Port.ICMP_PATH_MTU, When.VCN_NATIVE, "OKE: path discovery to workers"),
      out(SubnetRole.API_ENDPOINT, P, Port.all(), When.VCN_NATIVE, "OKE: control plane to pods"),
      // workers
      in(SubnetRole.WORKERS, W, Port.all(), When.ALWAYS, "OKE: worker to worker"),
      in(SubnetRole.WORKERS, P, Port.all(), When.VCN_NATIVE, "OKE: pods to workers"),
      in(SubnetRole.WORKERS, API, Port.allTcp(), When.FLANNEL, "OKE: control plane to workers"),
      in(SubnetRole.WORKERS, API, Port.tcp(10250), When.VCN_NATIVE, "OKE: control plane to kubelet"),
      in(SubnetRole.WORKERS, API, Port.ICMP_PATH_MTU, When.VCN_NATIVE, "OKE: path discovery from control plane"),
      in(SubnetRole.WORKERS, ANY, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery"),
      out(SubnetRole.WORKERS, W, Port.all(), When.ALWAYS, "OKE: worker to worker"),
      out(SubnetRole.WORKERS, ANY, Port.ICMP_PATH_MTU, When.ALWAYS, "OKE: path discovery"),
      out(SubnetRole.WORKERS, OSN, Port.allTcp(), When.ALWAYS, "OKE: workers to OKE and Oracle services"),
      out(SubnetRole.WORKERS, API, Port.tcp(6443), When.ALWAYS, "OKE: workers to Kubernetes API endpoint"),
      out(SubnetRole.WORKERS, API, Port.tcp(12250), When.ALWAYS, "OKE: workers to control plane"),
      out(SubnetRole.WORKERS, P, Port.all(), When.VCN_NATIVE, "OKE: workers to pods"),
      // pods (VCN-native only)
      in(SubnetRole.PODS, API, Port.all(), When.VCN_NATIVE, "OKE: control plane to pods"),
      in(SubnetRole.PODS, W, Port.all(), When.VCN_NATIVE, "OKE: workers to pods"),
      in(SubnetRole.PODS, P, Port.all(), When.VCN_NATIVE, "OKE: pod to pod"),
      out(SubnetRole.PODS, P, Port.all(), When.VCN_NATIVE, "OKE: pod to pod"),
      out(SubnetRole.PODS, OSN, Port.ICMP_PATH_MTU, When.VCN_NATIVE, "OKE: path discovery to Oracle services"),
      out(SubnetRole.PODS, OSN, Port.allTcp(), When.VCN_NATIVE, "OKE: pods to Oracle services"),
      out(SubnetRole.PODS, API, Port.tcp(6443), When.VCN_NATIVE, "OKE: pods to Kubernetes API endpoint"),
      out(SubnetRole.PODS, API, Port.tcp(12250), When.VCN_NATIVE, "OKE: pods to control plane"));

  private OkeRequiredRules() {}

  private static Row in(SubnetRole where, Peer from, Port port, When when, String why) {
    return new Row(where, Direction.INGRESS, from, port, when, why);
  }

  private static Row out(SubnetRole where, Peer to, Port port, When when, String why) {
    return new Row(where, Direction.EGRESS, to, port, when, why);
  }

  /** Every row of the table. */
  public static List<Row> all() {
    return ROWS;
  }

  /** The rows that apply to {@code cni}. */
  public static List<Row> forCni(Cni cni) {
    List<Row> rows = new ArrayList<>();
    for (Row r : ROWS) {
      if (r.when().appliesTo(cni)) {
        rows.add(r);
      }
    }
    return rows;
  }
}
