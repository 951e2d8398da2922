package dev.okenet.doctor.internal;

import com.oracle.bmc.containerengine.model.Cluster;
import dev.okenet.manifest.CcmAnnotations;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A LoadBalancer Service read as the OCI cloud controller manager v1.35.0 reads it
 * ({@code pkg/cloudprovider/providers/oci/load_balancer_spec.go}, {@code NewLBSpec}), as far as the
 * doctor needs: NLB or LB, public or internal, its subnet, its NSGs, the ports the load balancer
 * sends to on the nodes (node ports and the health-check port) and whether the NLB preserves the
 * client's address. Only values the CCM accepts are interpreted; a value it refuses is the
 * business of its Event.
 *
 * <pre>{@code
 * LoadBalancerService lb = LoadBalancerService.of(service, cluster);
 * lb.healthCheckPort();   // 10256, or the healthCheckNodePort with externalTrafficPolicy Local
 * }</pre>
 */
final class LoadBalancerService {
  /** kube-proxy's health port, checked with externalTrafficPolicy Cluster ({@code getHealthChecker}, {@code lbNodesHealthCheckPort}). */
  static final int KUBE_PROXY_HEALTH_PORT = 10256;
  static final String LB_SECURITY_LIST_MANAGEMENT_MODE = CcmAnnotations.LB_PREFIX + "security-list-management-mode";
  /** {@code k8s.io/kubernetes/pkg/api/v1/service} {@code GetLoadBalancerSourceRanges}: the annotation when the spec has none. */
  static final String SOURCE_RANGES_ANNOTATION = "service.beta.kubernetes.io/load-balancer-source-ranges";
  private static final Set<String> GO_TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");

  /**
   * A port the load balancer reaches on every node.
   *
   * @param protocol "TCP" or "UDP"
   * @param port the node port
   * @param servicePort the Service's port it serves
   */
  record NodePort(String protocol, int port, int servicePort) {}

  private final Service service;
  private final Map<String, String> annotations;
  private final Optional<Cluster> cluster;

  private LoadBalancerService(Service service, Optional<Cluster> cluster) {
    this.service = service;
    this.annotations = service.getMetadata().getAnnotations() == null ? Map.of() : service.getMetadata().getAnnotations();
    this.cluster = cluster;
  }

  static LoadBalancerService of(Service service, Optional<Cluster> cluster) {
    return new LoadBalancerService(service, cluster);
  }

  /** Whether the Service is of type LoadBalancer. */
  static boolean isLoadBalancer(Service s) {
    return s.getSpec() != null && "LoadBalancer".equals(s.getSpec().getType());
  }

  Service service() {
    return service;
  }

  String ref() {
    return Quote.ref(service);
  }

  String namespace() {
    return service.getMetadata().getNamespace();
  }

  String name() {
    return service.getMetadata().getName();
  }

  /** Whether it has no address yet: {@code kubectl get svc} shows {@code <pending>}. */
  boolean isPending() {
    var status = service.getStatus() == null ? null : service.getStatus().getLoadBalancer();
    return status == null || status.getIngress() == null || status.getIngress().isEmpty();
  }

  /** {@code getLoadBalancerType}: {@code oci.oraclecloud.com/load-balancer-type} lower-cased "nlb", else an LB. */
  boolean isNlb() {
    return "nlb".equals(Optional.ofNullable(annotations.get(CcmAnnotations.LOAD_BALANCER_TYPE)).map(v -> v.toLowerCase(Locale.ROOT))
        .orElse(""));
  }

  /** "network load balancer" or "load balancer". */
  String kindText() {
    return isNlb() ? "network load balancer" : "load balancer";
  }

  /** The annotation that makes it internal ({@code isInternalLB}). */
  String internalAnnotation() {
    return isNlb() ? CcmAnnotations.NLB_INTERNAL : CcmAnnotations.LB_INTERNAL;
  }

  /** {@code isInternalLB}: Go's ParseBool of the internal annotation; a value it cannot parse counts as public here. */
  boolean isInternal() {
    return GO_TRUE.contains(annotations.getOrDefault(internalAnnotation(), ""));
  }

  /** The annotation naming its subnet. */
  String subnetAnnotation() {
    return isNlb() ? CcmAnnotations.NLB_SUBNET : CcmAnnotations.LB_SUBNET1;
  }

  /**
   * The subnet the CCM puts it in ({@code load_balancer.go} {@code getNetworkLoadbalancerSubnets} /
   * {@code getOciLoadBalancerSubnets}, {@code getDefaultLBSubnets}): the subnet annotation when it is not
   * empty, else the first of the cluster's service load balancer subnets (OKE configures the CCM with
   * them).
   */
  Optional<String> subnetId() {
    String annotated = annotations.get(subnetAnnotation());
    if (annotated != null && !annotated.isBlank()) {
      return Optional.of(annotated.trim());
    }
    return defaultSubnet();
  }

  /** Whether the subnet comes from the annotation (else from the cluster). */
  boolean subnetAnnotated() {
    String annotated = annotations.get(subnetAnnotation());
    return annotated != null && !annotated.isBlank();
  }

  private Optional<String> defaultSubnet() {
    return cluster.map(Cluster::getOptions).map(o -> o.getServiceLbSubnetIds()).filter(l -> !l.isEmpty()).map(l -> l.get(0));
  }

  /** The annotation listing its NSGs. */
  String nsgAnnotation() {
    return isNlb() ? CcmAnnotations.NLB_NSGS : CcmAnnotations.LB_NSGS;
  }

  /** {@code getNetworkSecurityGroupIds}: the NSG annotation, spaces removed, de-duplicated. */
  List<String> annotatedNsgIds() {
    String value = annotations.get(nsgAnnotation());
    if (value == null) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String part : value.replace(" ", "").split(",")) {
      if (!part.isEmpty()) {
        ids.add(part);
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The NSG the CCM creates for the load balancer in rule-management mode NSG, by its display name
   * ({@code load_balancer_util.go} {@code generateNsgName}: "namespace/name/uid/nsg").
   */
  String frontendNsgName() {
    return namespace() + "/" + name() + "/" + service.getMetadata().getUid() + "/nsg";
  }

  /**
   * The mode in which the CCM manages the security rules ({@code getRuleManagementMode}, then
   * {@code getSecurityListManagementMode}): "NSG", "All", "Frontend" or "None".
   */
  String ruleManagementMode() {
    String rule = annotations.get(CcmAnnotations.SECURITY_RULE_MANAGEMENT_MODE);
    if (rule != null) {
      switch (rule.toLowerCase(Locale.ROOT)) {
        case "sl-all":
          return "All";
        case "sl-frontend":
          return "Frontend";
        case "nsg":
          return "NSG";
        default:
          return "None";
      }
    }
    String list = annotations.get(isNlb() ? CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE : LB_SECURITY_LIST_MANAGEMENT_MODE);
    if (list == null) {
      return isNlb() ? "None" : "All";
    }
    return List.of("All", "Frontend", "None").contains(list) ? list : isNlb() ? "None" : "All";
  }

  /** The annotation that sets its security-list mode. */
  String securityListModeAnnotation() {
    return isNlb() ? CcmAnnotations.NLB_SECURITY_LIST_MANAGEMENT_MODE : LB_SECURITY_LIST_MANAGEMENT_MODE;
  }

  /** Whether externalTrafficPolicy is Local. */
  boolean isLocal() {
    return "Local".equals(service.getSpec().getExternalTrafficPolicy());
  }

  /**
   * The port the load balancer health-checks on each node ({@code getHealthChecker}; {@code k8s.io/cloud-provider/service/helpers}
   * {@code GetServiceHealthCheckPathPort}): the healthCheckNodePort with Local, else kube-proxy's 10256.
   */
  int healthCheckPort() {
    Integer hc = service.getSpec().getHealthCheckNodePort();
    return isLocal() && hc != null && hc > 0 ? hc : KUBE_PROXY_HEALTH_PORT;
  }

  /** The node ports of its ports, in order. */
  List<NodePort> nodePorts() {
    List<NodePort> out = new ArrayList<>();
    for (ServicePort p : service.getSpec().getPorts() == null ? List.<ServicePort>of() : service.getSpec().getPorts()) {
      if (p.getNodePort() != null && p.getNodePort() > 0) {
        out.add(new NodePort(p.getProtocol() == null ? "TCP" : p.getProtocol(), p.getNodePort(), p.getPort() == null ? 0 : p.getPort()));
      }
    }
    return out;
  }

  /**
   * {@code getPreserveSource}: an NLB (type annotation exactly "nlb") with externalTrafficPolicy Local
   * keeps the client's address unless {@code is-preserve-source} says false.
   */
  boolean preservesSource() {
    if (!"nlb".equals(annotations.get(CcmAnnotations.LOAD_BALANCER_TYPE)) || !isLocal()) {
      return false;
    }
    String value = annotations.get(CcmAnnotations.NLB_PRESERVE_SOURCE);
    return value == null || GO_TRUE.contains(value);
  }

  /** Whether is-preserve-source is set while the policy is Cluster (the CCM refuses it whatever its value). */
  boolean preserveSourceWithCluster() {
    return "nlb".equals(annotations.get(CcmAnnotations.LOAD_BALANCER_TYPE)) && !isLocal()
        && annotations.containsKey(CcmAnnotations.NLB_PRESERVE_SOURCE);
  }

  /** The clients it admits ({@code getLoadBalancerSourceRanges}): the spec's, else the annotation's, else 0.0.0.0/0. */
  List<String> sourceRanges() {
    List<String> spec = service.getSpec().getLoadBalancerSourceRanges();
    if (spec != null && !spec.isEmpty()) {
      return spec.stream().map(String::trim).toList();
    }
    String annotated = annotations.get(SOURCE_RANGES_ANNOTATION);
    if (annotated != null && !annotated.isBlank()) {
      return List.of(annotated.replace(" ", "").split(","));
    }
    return List.of("0.0.0.0/0");
  }

  /** The kubectl command that sets an annotation on it. */
  String annotate(String annotation, String value) {
    return "kubectl annotate service -n " + namespace() + " " + name() + " --overwrite " + annotation + "=" + value;
  }

  /** The kubectl command that removes an annotation from it. */
  String removeAnnotation(String annotation) {
    return "kubectl annotate service -n " + namespace() + " " + name() + " " + annotation + "-";
  }

  /** Its annotation value, if set. */
  Optional<String> annotation(String name) {
    return Optional.ofNullable(annotations.get(name));
  }
}
