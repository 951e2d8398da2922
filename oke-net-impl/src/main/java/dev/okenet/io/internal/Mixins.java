package dev.okenet.io.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.okenet.OkeNetwork;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.IngressRule;
import dev.okenet.kube.IngressTls;
import dev.okenet.kube.LoadBalancerOptions;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.util.Map;

/**
 * The published schema's names over the model types, as Jackson mixins: where a document's field
 * name differs from the model's attribute ({@code isPublic} → {@code "public"}), the order fields
 * are written in, the role subnets nested in {@code "subnets"}, and what a few absent fields mean.
 * An attribute without an entry here is written and read under its own name, so a new model
 * attribute is mapped without touching this file (list it in the order to place it; otherwise it
 * comes after the listed ones, alphabetically).
 *
 * <p>Changing a name here changes the published format: add fields, never rename them.
 */
final class Mixins {
  private Mixins() {}

  /** Model type → its mixin. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(OkeNetwork.class, OkeNetworkSchema.class),
      Map.entry(Vcn.class, VcnSchema.class),
      Map.entry(PodNetworking.class, PodNetworkingSchema.class),
      Map.entry(Cluster.class, ClusterSchema.class),
      Map.entry(ApiEndpoint.class, ApiEndpointSchema.class),
      Map.entry(Subnet.class, SubnetSchema.class),
      Map.entry(SecurityList.class, RuleSetSchema.class),
      Map.entry(Nsg.class, RuleSetSchema.class),
      Map.entry(Gateways.class, GatewaysSchema.class),
      Map.entry(NatGateway.class, NatGatewaySchema.class),
      Map.entry(Drg.class, DrgSchema.class),
      Map.entry(DrgAttachment.class, DrgAttachmentSchema.class),
      Map.entry(LocalPeering.class, LocalPeeringSchema.class),
      Map.entry(NodePool.class, NodePoolSchema.class),
      Map.entry(Shape.class, ShapeSchema.class),
      Map.entry(Service.class, ServiceSchema.class),
      Map.entry(ServicePort.class, ServicePortSchema.class),
      Map.entry(LoadBalancerOptions.class, LoadBalancerSchema.class),
      Map.entry(Ingress.class, IngressSchema.class),
      Map.entry(IngressRule.class, IngressRuleSchema.class),
      Map.entry(IngressTls.class, IngressTlsSchema.class)
  );

  @Schema.Versioned
  @JsonPropertyOrder({"name", "compartmentId", "region", "vcn", "podNetworking", "cluster",
      "apiEndpoint", "workers", "pods", "publicLoadBalancers", "internalLoadBalancers", "extraSubnets", "gateways", "drg",
      "localPeerings", "nsgs", "securityEnforcement", "generatesLoadBalancerRules", "generatesOkeRules", "internetEgress", "nodePools",
      "services", "ingresses", "policies"})
  abstract static class OkeNetworkSchema {
    @Schema.InObject("subnets")
    abstract Object apiEndpoint();

    @Schema.InObject("subnets")
    abstract Object workers();

    @Schema.InObject("subnets")
    abstract Object pods();

    @Schema.InObject("subnets")
    abstract Object publicLoadBalancers();

    @Schema.InObject("subnets")
    abstract Object internalLoadBalancers();
  }

  @JsonPropertyOrder({"cidrs", "ipv6Cidr", "dnsLabel", "existingId"})
  abstract static class VcnSchema {}

  @JsonPropertyOrder({"cni", "podsCidr"})
  abstract static class PodNetworkingSchema {}

  @JsonPropertyOrder({"type", "kubernetesVersion", "endpoint", "servicesCidr", "policyEngine", "existingId"})
  abstract static class ClusterSchema {}

  @JsonPropertyOrder({"public", "allowedClients"})
  abstract static class ApiEndpointSchema {
    @JsonProperty("public")
    @Schema.WhenAbsent(json = "false")
    abstract Object isPublic();
  }

  @JsonPropertyOrder({"name", "public", "cidr", "prefixLength", "dnsLabel", "existingId", "routeRules", "securityRules", "securityLists"})
  abstract static class SubnetSchema {
    @JsonProperty("public")
    abstract Object isPublic();

    @JsonProperty("routeRules")
    abstract Object extraRouteRules();

    @JsonProperty("securityRules")
    abstract Object extraSecurityRules();
  }

  @JsonPropertyOrder({"name", "rules"})
  abstract static class RuleSetSchema {}

  @JsonPropertyOrder({"internet", "nat", "serviceGateway"})
  abstract static class GatewaysSchema {
    @JsonProperty("internet")
    abstract Object hasInternetGateway();

    @JsonProperty("nat")
    abstract Object natGateway();

    @JsonProperty("serviceGateway")
    abstract Object serviceGatewayScope();
  }

  @JsonPropertyOrder({"reservedPublicIpId", "blocksTraffic"})
  abstract static class NatGatewaySchema {}

  @JsonPropertyOrder({"existingId", "attachments"})
  abstract static class DrgSchema {}

  @JsonPropertyOrder({"name", "kind", "resourceId", "peerRegion", "reachableCidrs"})
  abstract static class DrgAttachmentSchema {}

  @JsonPropertyOrder({"name", "peerCidrs", "peerGatewayId"})
  abstract static class LocalPeeringSchema {}

  @JsonPropertyOrder({"name", "shape", "minNodes", "maxNodes", "maxPodsPerNode", "surge", "nsgs", "podNsgs"})
  abstract static class NodePoolSchema {
    @JsonProperty("nsgs")
    abstract Object nsgNames();

    @JsonProperty("podNsgs")
    abstract Object podNsgNames();
  }

  @JsonPropertyOrder({"name", "ocpus", "vnics"})
  abstract static class ShapeSchema {}

  @JsonPropertyOrder({"namespace", "name", "type", "selector", "ports", "loadBalancer"})
  abstract static class ServiceSchema {}

  @JsonPropertyOrder({"port", "targetPort", "protocol", "nodePort"})
  abstract static class ServicePortSchema {
    @Schema.WhenAbsent(sameAs = "port")
    abstract Object targetPort();
  }

  @JsonPropertyOrder({"kind", "internal", "shape", "minMbps", "maxMbps", "tlsPorts", "tlsSecret", "sourceRanges",
      "externalTrafficPolicy", "securityRuleManagement", "nsgs", "backendProtocol", "healthCheckNodePort", "backendPolicy"})
  abstract static class LoadBalancerSchema {
    /** Bandwidth without a shape is the flexible shape's. */
    @Schema.WhenAbsent(json = "\"flexible\"", ifGiven = {"minMbps", "maxMbps"})
    abstract Object shape();

    @JsonProperty("internal")
    abstract Object isInternal();

    @JsonProperty("nsgs")
    abstract Object nsgNames();
  }

  @JsonPropertyOrder({"className", "exposedBy", "rules", "tls"})
  abstract static class IngressSchema {}

  @JsonPropertyOrder({"host", "path", "backend", "port"})
  abstract static class IngressRuleSchema {}

  @JsonPropertyOrder({"secretName", "hosts"})
  abstract static class IngressTlsSchema {}
}
