package dev.okenet.oci.internal.graph;

import com.oracle.bmc.core.model.EgressSecurityRule;
import com.oracle.bmc.core.model.IngressSecurityRule;
import com.oracle.bmc.core.model.PortRange;
import com.oracle.bmc.core.model.SecurityList;
import com.oracle.bmc.core.model.SecurityRule;
import com.oracle.bmc.core.model.TcpOptions;
import dev.okenet.ResolvedNetwork;
import dev.okenet.kube.SecurityRuleManagement;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recognises the rules the OCI cloud controller manager (CCM) writes into NSGs and security lists
 * the network owns, so that plans leave them alone: the CCM adds them when a LoadBalancer Service
 * syncs and removes them when it goes, and a plan that removed them would cut the load balancers
 * off their backends until the CCM's next sync. Read from oracle/oci-cloud-controller-manager
 * v1.35.0, {@code pkg/cloudprovider/providers/oci}:
 *
 * <ul>
 *   <li><b>NSG mode</b> ({@code load_balancer_network_security_group.go}): every rule the CCM
 *       writes ({@code makeNsgSecurityRule}) carries the description {@code service-uid-<uid>}
 *       ({@code load_balancer.go}, {@code EnsureLoadBalancer}: {@code serviceUid:
 *       fmt.Sprintf("service-uid-%s", service.UID)}), and the CCM itself recognises its rules by
 *       that description ({@code filterSecurityRulesForService}). Such a rule is the CCM's,
 *       whatever the model says: it lands in the workers' NSG that the rendered Service names in
 *       {@code oci.oraclecloud.com/oci-backend-network-security-group}.
 *   <li><b>Security-list modes</b> SL-All and SL-Frontend ({@code load_balancer_security_lists.go}):
 *       the CCM's rules ({@code makeIngressSecurityRule}, {@code makeEgressSecurityRule}) carry no
 *       description and are TCP, stateful, to one destination port, with no source port, from or
 *       to a CIDR: listener ports from the Service's source CIDRs on the LB subnets' list
 *       ({@code getLoadBalancerIngressRules}), node and health-check ports (30000-32767, 10256)
 *       from the LB subnets on the workers' list ({@code getNodeIngressRules}) and to the worker
 *       subnets on the LB subnets' list ({@code getLoadBalancerEgressRules}). Nothing else marks
 *       them, so a rule of that shape counts as the CCM's only when the model has a LoadBalancer
 *       Service in a security-list mode and the port is a node port, 10256, or a listener port of
 *       such a Service. The rules oke-net writes always carry a description, so none of its own
 *       is mistaken for the CCM's.
 * </ul>
 *
 * <p>A rule the CCM manages is neither compared nor removed; a security list update sends it
 * back with the model's rules. A hand-made rule of exactly the CCM's shape on such a port is
 * kept too: the price of the CCM leaving no mark in security lists.
 *
 * <pre>{@code
 * CcmRules ccm = CcmRules.of(net);
 * ccm.managesNsgRule(rule);          // true for "service-uid-…" rules
 * SecurityList ours = ccm.withoutCcmRules(liveList);
 * }</pre>
 */
public final class CcmRules {
  /** The description prefix of every NSG rule the CCM writes. */
  public static final String NSG_RULE_DESCRIPTION_PREFIX = "service-uid-";
  /** Kubernetes' default NodePort range, where the CCM's backend ports fall. */
  public static final int NODE_PORT_MIN = 30000;
  /** The top of Kubernetes' default NodePort range. */
  public static final int NODE_PORT_MAX = 32767;
  /** kube-proxy's health check port, the CCM's health check port with externalTrafficPolicy Cluster. */
  public static final int KUBE_PROXY_HEALTH_PORT = 10256;

  private static final String TCP = "6";
  private static final CcmRules NONE = new CcmRules(false, Set.of());

  private final boolean securityListModes;
  private final Set<Integer> listenerPorts;

  private CcmRules(boolean securityListModes, Set<Integer> listenerPorts) {
    this.securityListModes = securityListModes;
    this.listenerPorts = Set.copyOf(listenerPorts);
  }

  /** What the CCM manages for {@code net}'s LoadBalancer Services. */
  public static CcmRules of(ResolvedNetwork net) {
    Set<Integer> ports = new TreeSet<>();
    boolean slModes = false;
    for (Service s : net.intent().services()) {
      if (s.type() != ServiceType.LOAD_BALANCER || s.loadBalancer().isEmpty()) {
        continue;
      }
      SecurityRuleManagement mode = s.loadBalancer().get().effectiveSecurityRuleManagement();
      if (mode == SecurityRuleManagement.SL_ALL || mode == SecurityRuleManagement.SL_FRONTEND) {
        slModes = true;
        s.ports().stream().map(ServicePort::port).forEach(ports::add);
      }
    }
    return new CcmRules(slModes, ports);
  }

  /** No security-list rule is the CCM's (e.g. a destroy plan); NSG rules are still recognised. */
  public static CcmRules none() {
    return NONE;
  }

  /** Whether the CCM wrote this NSG rule (NSG mode): its description is "service-uid-…". */
  public boolean managesNsgRule(SecurityRule rule) {
    return rule.getDescription() != null && rule.getDescription().startsWith(NSG_RULE_DESCRIPTION_PREFIX);
  }

  /** Whether this security list ingress rule has the shape and port of one the CCM writes. */
  public boolean managesIngress(IngressSecurityRule r) {
    return securityListModes && ccmShape(r.getProtocol(), r.getIsStateless(), r.getDescription(), r.getTcpOptions(),
        r.getUdpOptions() != null || r.getIcmpOptions() != null)
        && (r.getSourceType() == null || r.getSourceType() == IngressSecurityRule.SourceType.CidrBlock)
        && ccmPort(r.getTcpOptions().getDestinationPortRange().getMin());
  }

  /** Whether this security list egress rule has the shape and port of one the CCM writes. */
  public boolean managesEgress(EgressSecurityRule r) {
    return securityListModes && ccmShape(r.getProtocol(), r.getIsStateless(), r.getDescription(), r.getTcpOptions(),
        r.getUdpOptions() != null || r.getIcmpOptions() != null)
        && (r.getDestinationType() == null || r.getDestinationType() == EgressSecurityRule.DestinationType.CidrBlock)
        && backendPort(r.getTcpOptions().getDestinationPortRange().getMin());
  }

  /** {@code list} without the rules the CCM manages: what a plan compares with the model. */
  public SecurityList withoutCcmRules(SecurityList list) {
    return SecurityList.builder().copy(list)
        .ingressSecurityRules(nullSafe(list.getIngressSecurityRules()).stream().filter(r -> !managesIngress(r)).toList())
        .egressSecurityRules(nullSafe(list.getEgressSecurityRules()).stream().filter(r -> !managesEgress(r)).toList())
        .build();
  }

  /** The ingress rules of {@code list} the CCM manages, to send back with the model's on an update. */
  public List<IngressSecurityRule> ccmIngress(SecurityList list) {
    return nullSafe(list.getIngressSecurityRules()).stream().filter(this::managesIngress).toList();
  }

  /** The egress rules of {@code list} the CCM manages, to send back with the model's on an update. */
  public List<EgressSecurityRule> ccmEgress(SecurityList list) {
    return nullSafe(list.getEgressSecurityRules()).stream().filter(this::managesEgress).toList();
  }

  /** {@code rules} without the NSG rules the CCM manages. */
  public List<SecurityRule> withoutCcmNsgRules(List<SecurityRule> rules) {
    return rules.stream().filter(r -> !managesNsgRule(r)).toList();
  }

  private static boolean ccmShape(String protocol, Boolean stateless, String description, TcpOptions tcp, boolean otherOptions) {
    if (!TCP.equals(protocol) || Boolean.TRUE.equals(stateless) || (description != null && !description.isEmpty())
        || otherOptions || tcp == null || tcp.getSourcePortRange() != null) {
      return false;
    }
    PortRange range = tcp.getDestinationPortRange();
    return range != null && range.getMin() != null && range.getMin().equals(range.getMax());
  }

  private boolean ccmPort(int port) {
    return backendPort(port) || listenerPorts.contains(port);
  }

  private static boolean backendPort(int port) {
    return port == KUBE_PROXY_HEALTH_PORT || (port >= NODE_PORT_MIN && port <= NODE_PORT_MAX);
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
