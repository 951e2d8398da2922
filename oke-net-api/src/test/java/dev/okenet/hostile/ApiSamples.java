package dev.okenet.hostile;

import dev.okenet.vcn.Cidr;
import dev.okenet.OkeNetwork;
import dev.okenet.ResolvedNetwork;
import dev.okenet.check.CheckContext;
import dev.okenet.check.Finding;
import dev.okenet.check.Limits;
import dev.okenet.check.Reporter;
import dev.okenet.check.Rule;
import dev.okenet.check.RuleDoc;
import dev.okenet.check.RulePack;
import dev.okenet.check.Severity;
import dev.okenet.check.Validator;
import dev.okenet.cluster.ApiEndpoint;
import dev.okenet.cluster.Cluster;
import dev.okenet.cluster.NodePool;
import dev.okenet.cluster.PodNetworking;
import dev.okenet.cluster.Shape;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.PolicyPeer;
import dev.okenet.kube.Selector;
import dev.okenet.kube.Service;
import dev.okenet.kube.ServicePort;
import dev.okenet.kube.ServiceRef;
import dev.okenet.property.NullArgumentSamples;
import dev.okenet.reach.Endpoint;
import dev.okenet.reach.Verdict;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.vcn.Drg;
import dev.okenet.vcn.DrgAttachment;
import dev.okenet.vcn.Gateways;
import dev.okenet.vcn.LocalPeering;
import dev.okenet.vcn.NatGateway;
import dev.okenet.vcn.Nsg;
import dev.okenet.vcn.Peer;
import dev.okenet.vcn.Port;
import dev.okenet.vcn.RouteRule;
import dev.okenet.vcn.RouteTarget;
import dev.okenet.vcn.SecurityList;
import dev.okenet.vcn.SecurityRule;
import dev.okenet.vcn.Subnet;
import dev.okenet.vcn.Vcn;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Valid arguments and receivers for probing the api module's public members with nulls: one
 * valid value per parameter type, strings by parameter name (a CIDR for {@code cidr}, an OCID of
 * the right type for {@code clusterId}), and fresh builders per call. Extend it when the API grows:
 * the probe lists every member it could not exercise.
 */
public class ApiSamples extends NullArgumentSamples {
  private static final OkeNetwork PROD = ReferenceNetworks.prod();
  private static final ResolvedNetwork RESOLVED = PROD.resolve();

  public ApiSamples() {
    byType.put(Cidr.class, () -> Cidr.of("10.0.0.0/16"));
    byType.put(Port.class, () -> Port.HTTPS);
    byType.put(Peer.class, Peer::anyIpv4);
    byType.put(RouteTarget.class, RouteTarget::natGateway);
    byType.put(RouteRule.class, () -> RouteRule.to("192.168.0.0/16", RouteTarget.drg()));
    byType.put(SecurityRule.class, () -> SecurityRule.ingress(Peer.anyIpv4(), Port.HTTPS));
    byType.put(SecurityList.class, () -> SecurityList.named("monitoring"));
    byType.put(Nsg.class, () -> Nsg.named("bastion"));
    byType.put(LocalPeering.class, () -> LocalPeering.to("shared", "10.50.0.0/16"));
    byType.put(Drg.class, Drg::of);
    byType.put(DrgAttachment.class, () -> DrgAttachment.remotePeering("dr", "us-phoenix-1", "10.20.0.0/16"));
    byType.put(NatGateway.class, NatGateway::standard);
    byType.put(Gateways.class, Gateways::internet);
    byType.put(Vcn.class, () -> Vcn.of("10.0.0.0/16"));
    byType.put(Subnet.class, () -> Subnet.privateSubnet(24).withName("db"));
    byType.put(ApiEndpoint.class, ApiEndpoint::privateEndpoint);
    byType.put(Cluster.class, Cluster::defaults);
    byType.put(PodNetworking.class, PodNetworking::vcnNative);
    byType.put(Shape.class, () -> Shape.flex("VM.Standard.E5.Flex", 2));
    byType.put(NodePool.class, () -> NodePool.of("batch", Shape.flex("VM.Standard.E5.Flex", 2), 1, 3));
    byType.put(Service.class, () -> Service.loadBalancer("shop", "extra").addPort(443));
    byType.put(ServicePort.class, () -> ServicePort.tcp(443, 8443));
    byType.put(ServiceRef.class, () -> ServiceRef.of("shop", "web"));
    byType.put(Selector.class, () -> Selector.parse("app=web"));
    byType.put(PolicyPeer.class, () -> PolicyPeer.pods("app=web"));
    byType.put(NetworkPolicy.class, () -> NetworkPolicy.in("ops").defaultDeny());
    byType.put(NetworkPolicy.Start.class, () -> NetworkPolicy.in("shop"));
    byType.put(NetworkPolicy.AllowFrom.class, () -> NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")));
    byType.put(NetworkPolicy.AllowTo.class, () -> NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")));
    byType.put(Ingress.class, () -> Ingress.of("nginx", ServiceRef.of("ingress-nginx", "controller")));
    byType.put(OkeNetwork.class, () -> PROD);
    byType.put(OkeNetwork.Builder.class, PROD::toBuilder);
    byType.put(ResolvedNetwork.class, () -> RESOLVED);
    byType.put(Endpoint.class, () -> Endpoint.pods("shop", "app=web"));
    byType.put(Endpoint.Pods.class, () -> Endpoint.pods("shop", "app=web"));
    byType.put(PolicyPeer.Pods.class, () -> PolicyPeer.pods("app=web"));
    byType.put(PolicyPeer.Namespace.class, () -> PolicyPeer.namespace("ingress-nginx"));
    byType.put(PolicyPeer.IpBlock.class, () -> PolicyPeer.cidr("10.0.0.0/8"));
    byType.put(NetworkPolicy.DefaultDeny.class, () -> NetworkPolicy.in("ops").defaultDeny());
    byType.put(NetworkPolicy.Allow.class, () -> NetworkPolicy.in("ops").allowDnsEgress());
    byType.put(dev.okenet.reach.Reachability.class, RESOLVED::reachability);
    byType.put(dev.okenet.reach.Reachability.From.class, () -> RESOLVED.reachability().from(Endpoint.internet()));
    byType.put(dev.okenet.reach.Reachability.To.class, () -> RESOLVED.reachability().from(Endpoint.internet()).to(Endpoint.service("shop", "web")));
    byType.put(dev.okenet.check.Report.class, () -> PROD.validate());
    byType.put(dev.okenet.check.CapacityReport.class, PROD::capacity);
    byType.put(dev.okenet.resolved.ResolvedVcn.class, RESOLVED::vcn);
    byType.put(dev.okenet.resolved.ResolvedCluster.class, RESOLVED::cluster);
    byType.put(dev.okenet.resolved.ResolvedRuleSet.class, RESOLVED::defaultSecurityList);
    byType.put(dev.okenet.resolved.ResolvedPeer.class, () -> RESOLVED.defaultSecurityList().rules().get(0).peer());
    byType.put(Verdict.class, () -> RESOLVED.reachability().from(Endpoint.internet()).to(Endpoint.service("shop", "web")).on(Port.HTTPS));
    byType.put(Limits.class, Limits::defaults);
    byType.put(dev.okenet.check.PlacedSubnet.class, () -> new dev.okenet.check.PlacedSubnet("pods", dev.okenet.vcn.SubnetRole.PODS, "pods",
        Subnet.privateSubnet(19), Optional.empty(), 19));
    byType.put(Severity.class, () -> Severity.WARNING);
    byType.put(RuleDoc.class, () -> RuleDoc.of("ACME-DNS-001", Severity.WARNING, "Every subnet has a DNS label", "why", "fix"));
    byType.put(Rule.class, ApiSamples::customRule);
    byType.put(RulePack.class, () -> RulePack.of("acme", customRule()));
    byType.put(Validator.class, Validator::standard);
    byType.put(Finding.class, () -> PROD.validate(customRule()).findings().get(0));
    byType.put(Reporter.class, () -> captured().reporter);
    byType.put(CheckContext.class, () -> captured().context);
    byType.put(BiConsumer.class, () -> (BiConsumer<Object, Object>) (a, b) -> { });
    byType.put(dev.okenet.key.ResourceKey.class, () -> dev.okenet.key.ResourceKey.subnet(dev.okenet.vcn.SubnetRole.WORKERS));
    byType.put(dev.okenet.key.SubnetKey.class, () -> dev.okenet.key.ResourceKey.subnet(dev.okenet.vcn.SubnetRole.WORKERS));
    byType.put(dev.okenet.key.RouteTableKey.class, () -> dev.okenet.key.ResourceKey.routeTable(dev.okenet.vcn.SubnetRole.WORKERS));
    byType.put(dev.okenet.key.RuleSetKey.class, () -> dev.okenet.key.ResourceKey.nsg(dev.okenet.vcn.SubnetRole.WORKERS));
    byType.put(dev.okenet.key.NsgKey.class, () -> dev.okenet.key.ResourceKey.nsg(dev.okenet.vcn.SubnetRole.WORKERS));
    byType.put(dev.okenet.key.GatewayKey.class, dev.okenet.key.ResourceKey::natGateway);
    byType.put(dev.okenet.key.ClusterKey.class, dev.okenet.key.ResourceKey::cluster);
    byType.put(dev.okenet.key.DrgKey.class, dev.okenet.key.ResourceKey::drg);
    byType.put(dev.okenet.key.DrgAttachmentKey.class, dev.okenet.key.ResourceKey::drgAttachment);
    byType.put(dev.okenet.key.VcnKey.class, dev.okenet.key.ResourceKey::vcn);
    byType.put(dev.okenet.key.NodePoolKey.class, () -> dev.okenet.key.ResourceKey.nodePool("general"));
    byType.put(Optional.class, Optional::empty);
    byType.put(List.class, List::of);
    byType.put(Collection.class, List::of);
    byType.put(Iterable.class, List::of);
    byType.put(Map.class, Map::of);
    byType.put(String[].class, () -> new String[0]);

    byName.put("name", "web");
    byName.put("namespace", "shop");
    byName.put("policyNamespace", "shop");
    byName.put("cidr", "10.0.0.0/16");
    byName.put("podsCidr", "10.244.0.0/16");
    byName.put("cidrs", new String[] {"10.1.0.0/16"});
    byName.put("more", new String[] {"10.1.0.0/16"});
    byName.put("peerCidrs", new String[] {"10.50.0.0/16"});
    byName.put("names", new String[] {"bastion"});
    byName.put("hosts", new String[] {"shop.example.com"});
    byName.put("ports", new Integer[] {443});
    byName.put("label", "prod");
    byName.put("dnsLabel", "prod");
    byName.put("selector", "app=web");
    byName.put("text", "app=web");
    byName.put("secretName", "shop-tls");
    byName.put("kubernetesVersion", "v1.31.1");
    byName.put("host", "shop.example.com");
    byName.put("path", "/");
    byName.put("className", "nginx");
    byName.put("region", "us-ashburn-1");
    byName.put("peerRegion", "us-phoenix-1");
    byName.put("compartmentId", "ocid1.compartment.oc1..aaaaexample");
    byName.put("drgId", "ocid1.drg.oc1..aaaaexample");
    byName.put("vcnId", "ocid1.vcn.oc1..aaaaexample");
    byName.put("clusterId", "ocid1.cluster.oc1..aaaaexample");
    byName.put("lpgId", "ocid1.localpeeringgateway.oc1..aaaaexample");
    byName.put("peerRpcId", "ocid1.remotepeeringconnection.oc1..aaaaexample");
    byName.put("ipsecConnectionId", "ocid1.ipsecconnection.oc1..aaaaexample");
    byName.put("virtualCircuitId", "ocid1.virtualcircuit.oc1..aaaaexample");
    byName.put("publicIpId", "ocid1.publicip.oc1..aaaaexample");
    byName.put("existingId", "ocid1.subnet.oc1..aaaaexample");
    byName.put("peerGatewayId", "ocid1.localpeeringgateway.oc1..aaaaexample");
    byName.put("reservedPublicIpId", "ocid1.publicip.oc1..aaaaexample");
    byName.put("shape", "flexible");
    byName.put("protocol", "HTTP");
    byName.put("policy", "FIVE_TUPLE");
    byName.put("pool", "general");
    byName.put("poolName", "general");
    byName.put("id", "OKE-IP-001");
    byName.put("ruleId", "OKE-IP-001");
    byName.put("key", "subnet:workers");
    byName.put("title", "A title");
    byName.put("why", "Because.");
    byName.put("fix", "Fix it.");
    byName.put("message", "A message.");
    byName.put("description", "A description.");
    byName.put("unitName", "nodes");
    byName.put("perUnitText", "per node");
    byName.put("networkName", "prod");
    byName.put("source", "0.0.0.0/0");
    byName.put("at", "vcn");
    byName.put("rule", "ingress from 0.0.0.0/0 TCP 443");
    byName.put("ruleSetKey", "nsg:workers");
    byName.put("nsgKey", "nsg:workers");
    byName.put("endpointSubnetKey", "subnet:api");
    byName.put("workerSubnetKey", "subnet:workers");
    byName.put("routeTableKey", "route-table:workers");
    byName.put("vcnAttachmentKey", "drg-attachment:vcn");
    byName.put("document", "Oracle: Example Network Resource Configurations");
    byName.put("section", "Example 1");
    byName.put("url", "https://docs.oracle.com/en-us/iaas/Content/ContEng/Concepts/contengnetworkconfigexample.htm");
  }

  /** A custom rule that reports one warning on the VCN. */
  static Rule customRule() {
    return Rule.of(RuleDoc.of("ACME-VCN-001", Severity.WARNING, "A VCN exists", "Because.", "Nothing to fix."),
        (ctx, out) -> out.report("vcn", "The VCN is there."));
  }

  private record Captured(CheckContext context, Reporter reporter) {}

  private static Captured captured() {
    AtomicReference<Captured> seen = new AtomicReference<>();
    PROD.validate(Rule.of(RuleDoc.of("ACME-CAP-001", Severity.INFO, "Captures", "Because.", "Nothing to fix."),
        (ctx, out) -> seen.set(new Captured(ctx, out))));
    return seen.get();
  }

  /** A member-specific string, where the parameter's name alone is ambiguous. */
  @Override
  protected Optional<Object> special(Parameter p, Executable member) {
    if (p.getType() == RouteTarget.class && member.getName().equals("toServiceNetwork")) {
      return Optional.of(RouteTarget.serviceGateway());
    }
    switch (where(p, member)) {
      case "Shape.fixed:name":
        return Optional.of("VM.Standard2.2");
      case "Shape.flex:name":
      case "Shape.of:name":
        return Optional.of("VM.Standard.E5.Flex");
      case "Vcn.withIpv6Cidr:cidr":
        return Optional.of(member.getParameterTypes()[0] == String.class ? "2603:c020:1::/56" : Cidr.of("2603:c020:1::/56"));
      case "Vcn.withExistingId:existingId":
        return Optional.of("ocid1.vcn.oc1..aaaaexample");
      case "Drg.withExistingId:existingId":
        return Optional.of("ocid1.drg.oc1..aaaaexample");
      case "Cluster.withExistingId:existingId":
        return Optional.of("ocid1.cluster.oc1..aaaaexample");
      case "Cluster.withServicesCidr:cidr":
        return Optional.of("10.96.0.0/16");
      case "Subnet.privateSubnet:cidr":
      case "Subnet.publicSubnet:cidr":
        return Optional.of(member.getParameterTypes()[0] == String.class ? "10.0.200.0/24" : Cidr.of("10.0.200.0/24"));
      case "ServiceRef.parse:reference":
        return Optional.of("shop/web");
      case "Port.parse:text":
        return Optional.of("TCP 443");
      case "OkeNetwork.service:name":
      case "Endpoint.service:name":
      case "Endpoint.loadBalancer:name":
        return Optional.of("web");
      case "ReferenceNetworks.byName:name":
        return Optional.of("prod");
      default:
        return Optional.empty();
    }
  }

  @Override
  protected long whole(Parameter p) {
    int v;
    switch (p.getName()) {
      case "port":
      case "targetPort":
        v = 443;
        break;
      case "nodePort":
      case "healthCheckNodePort":
        v = 30080;
        break;
      case "minNodes":
        v = 1;
        break;
      case "maxNodes":
        v = 3;
        break;
      case "prefixLength":
      case "newPrefixLength":
        v = 24;
        break;
      case "maxPods":
        v = 31;
        break;
      case "ocpus":
      case "vnics":
        v = 2;
        break;
      case "minMbps":
        v = 10;
        break;
      case "maxMbps":
        v = 100;
        break;
      case "rules":
        v = 10;
        break;
      default:
        v = 1;
    }
    return v;
  }
}
