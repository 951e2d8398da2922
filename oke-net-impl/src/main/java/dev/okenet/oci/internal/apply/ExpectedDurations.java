package dev.okenet.oci.internal.apply;

import dev.okenet.oci.ChangeAction;
import dev.okenet.oci.ResourceType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each apply task is expected to take, per resource type and action: the weights the
 * applier's critical-path priority adds up. They only order work (which ready task starts first),
 * so a wrong figure costs some parallelism, never correctness.
 *
 * <p>The one table of figures. Each is OCI's typical provisioning time as {@code
 * /work/shared/OCI-FACTS.md} ("Typical real latencies") lists it, and as FakeOci's {@code
 * ResourceKind.typicalLatency()} models it (the two agree; where OCI-FACTS has no figure, FakeOci's
 * own default is used and marked so):
 *
 * <table>
 *   <caption>Create (and the create half of a replace)</caption>
 *   <tr><th>type</th><th>seconds</th><th>source</th></tr>
 *   <tr><td>VCN</td><td>2</td><td>OCI-FACTS "VCN 1–2"</td></tr>
 *   <tr><td>subnet</td><td>3</td><td>OCI-FACTS "subnet 2–3 (up to 9)"</td></tr>
 *   <tr><td>internet gateway</td><td>1</td><td>OCI-FACTS "internet gateway 0–1"</td></tr>
 *   <tr><td>NAT gateway</td><td>2</td><td>OCI-FACTS "NAT gateway 2"</td></tr>
 *   <tr><td>service gateway</td><td>1</td><td>OCI-FACTS "service gateway 1"</td></tr>
 *   <tr><td>route table, security list</td><td>1</td><td>OCI-FACTS "0–1"</td></tr>
 *   <tr><td>network security group</td><td>0</td><td>OCI-FACTS "NSG ~0"</td></tr>
 *   <tr><td>default security list</td><td>0</td><td>taken over by an update, never created; FakeOci updates lists at once</td></tr>
 *   <tr><td>DRG</td><td>10</td><td>not in OCI-FACTS: FakeOci's unverified default</td></tr>
 *   <tr><td>DRG attachment</td><td>5</td><td>not in OCI-FACTS: FakeOci's unverified default</td></tr>
 *   <tr><td>local peering gateway, remote peering connection</td><td>1</td><td>not in OCI-FACTS: FakeOci's default</td></tr>
 *   <tr><td>OKE cluster</td><td>360</td><td>OCI-FACTS "OKE cluster ~360"</td></tr>
 *   <tr><td>node pool with nodes</td><td>170</td><td>OCI-FACTS "nodes minutes (instance ~170)": the create's work
 *       request ends when the nodes are up, in OKE as in FakeOci</td></tr>
 *   <tr><td>node pool without nodes</td><td>2</td><td>OCI-FACTS "node pool API ~2"</td></tr>
 *   <tr><td>network load balancer</td><td>21</td><td>OCI-FACTS "NLB ~21"</td></tr>
 * </table>
 *
 * <p>Other steps: an update takes 0 s (OCI applies network updates at once), except a network load
 * balancer's, 5 s (FakeOci: a quarter of its create; OCI-FACTS has no figure). A delete takes the
 * create's figure (FakeOci deletes in its kind's latency; OCI-FACTS has no figure), a node pool's 2 s.
 * Waiting for a resource still changing (a NO_OP whose resource is not settled) counts its create,
 * the most it can still take. NSG rule syncs take 0 s: OCI's rule calls answer synchronously.
 */
final class ExpectedDurations {
  private static final Map<ResourceType, Duration> CREATE = new EnumMap<>(ResourceType.class);

  static {
    CREATE.put(ResourceType.VCN, Duration.ofSeconds(2));
    CREATE.put(ResourceType.SUBNET, Duration.ofSeconds(3));
    CREATE.put(ResourceType.INTERNET_GATEWAY, Duration.ofSeconds(1));
    CREATE.put(ResourceType.NAT_GATEWAY, Duration.ofSeconds(2));
    CREATE.put(ResourceType.SERVICE_GATEWAY, Duration.ofSeconds(1));
    CREATE.put(ResourceType.ROUTE_TABLE, Duration.ofSeconds(1));
    CREATE.put(ResourceType.SECURITY_LIST, Duration.ofSeconds(1));
    CREATE.put(ResourceType.NETWORK_SECURITY_GROUP, Duration.ZERO);
    CREATE.put(ResourceType.DEFAULT_SECURITY_LIST, Duration.ZERO);
    CREATE.put(ResourceType.DRG, Duration.ofSeconds(10));
    CREATE.put(ResourceType.DRG_ATTACHMENT, Duration.ofSeconds(5));
    CREATE.put(ResourceType.LOCAL_PEERING_GATEWAY, Duration.ofSeconds(1));
    CREATE.put(ResourceType.REMOTE_PEERING_CONNECTION, Duration.ofSeconds(1));
    CREATE.put(ResourceType.CLUSTER, Duration.ofSeconds(360));
    CREATE.put(ResourceType.NODE_POOL, Duration.ofSeconds(170));
    CREATE.put(ResourceType.NETWORK_LOAD_BALANCER, Duration.ofSeconds(21));
    for (ResourceType type : ResourceType.values()) {
      if (!CREATE.containsKey(type)) {
        throw new ExceptionInInitializerError("ExpectedDurations has no create figure for " + type + "; add one.");
      }
    }
  }

  static final Duration NODE_POOL_API = Duration.ofSeconds(2);
  static final Duration NLB_UPDATE = Duration.ofSeconds(5);

  private ExpectedDurations() {}

  /** The expected duration of {@code task}. */
  static Duration of(Task task) {
    ResourceType type = task.change.change().type();
    ChangeAction action = task.change.change().action();
    return switch (task.step) {
      case RULES, CLEAR_RULES -> Duration.ZERO;
      case DELETE -> type == ResourceType.NODE_POOL ? NODE_POOL_API : CREATE.get(type);
      case MAIN -> switch (action) {
        case CREATE, REPLACE -> create(task);
        case UPDATE -> type == ResourceType.NETWORK_LOAD_BALANCER ? NLB_UPDATE : Duration.ZERO;
        default -> CREATE.get(type);
      };
    };
  }

  /** A create of {@code type}; a node pool's with nodes. */
  static Duration create(ResourceType type) {
    return CREATE.get(type);
  }

  private static Duration create(Task task) {
    ResourceType type = task.change.change().type();
    if (type == ResourceType.NODE_POOL && task.change.spec() != null && "0".equals(task.change.spec().fields().get("size"))) {
      return NODE_POOL_API;
    }
    return CREATE.get(type);
  }
}
