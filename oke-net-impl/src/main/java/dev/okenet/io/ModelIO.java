package dev.okenet.io;

import dev.okenet.OkeNetwork;
import dev.okenet.internal.Require;
import dev.okenet.io.internal.Documents;

/**
 * Reads and writes an {@link OkeNetwork} as JSON or YAML, so that tools in other languages can
 * feed the library and networks can live in files. {@code fromJson(toJson(n)).equals(n)} for
 * every network, and the same for YAML.
 *
 * <p>The format is a stable, documented schema (version 1), not a dump of the implementation.
 * Every field not marked required may be left out and then takes the model's default, so the
 * smallest document is a name, a compartment and the VCN's CIDRs. A document
 * has one meaning or is refused: unknown fields, a field given twice, a value of the wrong type
 * ({@code "public": "false"}, {@code "minNodes": "3"}), text after the document, a second YAML
 * document, YAML anchors, aliases and tags, and unquoted YAML values that YAML 1.1 and 1.2 read
 * differently ({@code 010}, {@code yes}, {@code 0x1F}; quote texts) are errors. Documents longer than
 * {@value #MAX_DOCUMENT_CHARS} characters are refused before parsing, and reading is linear in the
 * text's length. Errors are {@link ModelFormatException}s naming the JSON path, the line and the fix.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,                                    // optional
 *   "name": "prod",                                        // required
 *   "compartmentId": "ocid1.compartment.oc1..aaaa…",      // required
 *   "region": "us-ashburn-1",
 *   "vcn": {"cidrs": ["10.0.0.0/16"], "dnsLabel": "prod", "ipv6Cidr": null, "existingId": null},   // cidrs required
 *   "podNetworking": {"cni": "VCN_NATIVE"},                // or {"cni": "FLANNEL", "podsCidr": "10.244.0.0/16"}
 *   "cluster": {"type": "ENHANCED", "kubernetesVersion": "v1.31.1", "servicesCidr": "10.96.0.0/16",
 *               "policyEngine": "CALICO",                  // NONE | CALICO | CILIUM
 *               "endpoint": {"public": false, "allowedClients": ["192.168.0.0/16"]}},
 *   "subnets": {                                           // each optional: the model's defaults
 *     "apiEndpoint": {"public": false, "prefixLength": 28},
 *     "workers": {"public": false, "cidr": "10.0.16.0/22", "dnsLabel": "workers"},
 *     "pods": {...}, "publicLoadBalancers": {...}, "internalLoadBalancers": {...}},
 *   "extraSubnets": [{"name": "bastion", "public": true, "prefixLength": 29,
 *     "routeRules": [{"destination": "10.50.0.0/16", "target": "LPG shared", "description": ""}],
 *     "securityRules": [{"direction": "INGRESS", "peer": "192.168.0.0/16", "port": "TCP 22", "stateful": true}],
 *     "securityLists": [{"name": "monitoring", "rules": [...]}]}],
 *   "gateways": {"internet": true, "nat": {"blocksTraffic": false}, "serviceGateway": "ALL_SERVICES"},
 *   "drg": {"attachments": [{"name": "onprem", "kind": "IPSEC_VPN", "resourceId": "ocid1.ipsecconnection…",
 *           "reachableCidrs": ["192.168.0.0/16"]}]},      // kinds: IPSEC_VPN, FASTCONNECT, REMOTE_PEERING (+ peerRegion)
 *   "localPeerings": [{"name": "shared", "peerCidrs": ["10.50.0.0/16"], "peerGatewayId": null}],
 *   "nsgs": [{"name": "bastion", "rules": [{"direction": "EGRESS", "peer": "workers", "port": "TCP 22"}]}],
 *   "securityEnforcement": "NSG",                          // or SECURITY_LISTS
 *   "generatesLoadBalancerRules": true,
 *   "generatesOkeRules": true,                             // false: only the declared rules and routes (imported networks)
 *   "internetEgress": "WORKERS_AND_PODS",                  // WORKERS_ONLY | NONE: no egress rule to 0.0.0.0/0 for pods / both
 *   "nodePools": [{"name": "general", "shape": {"name": "VM.Standard.E5.Flex", "ocpus": 4},   // "vnics": 4 may follow
 *                  "minNodes": 3, "maxNodes": 12, "maxPodsPerNode": 60, "surge": 1, "nsgs": [], "podNsgs": []}],
 *   "services": [{"namespace": "shop", "name": "web", "type": "LOAD_BALANCER",   // CLUSTER_IP | NODE_PORT | LOAD_BALANCER
 *                 "selector": "app=web", "ports": [{"port": 443, "targetPort": 8443, "protocol": "TCP"}],
 *                 "loadBalancer": {"kind": "NETWORK_LOAD_BALANCER", "internal": false, "shape": "100Mbps",
 *                   "minMbps": null, "maxMbps": null, "tlsPorts": [], "tlsSecret": null, "sourceRanges": [],
 *                   "externalTrafficPolicy": "LOCAL", "securityRuleManagement": "NONE", "nsgs": [],
 *                   "backendProtocol": null, "healthCheckNodePort": null,
 *                   "backendPolicy": "FIVE_TUPLE"}}],                  // or THREE_TUPLE, TWO_TUPLE
 *   "ingresses": [{"className": "nginx", "exposedBy": "ingress-nginx/controller",
 *                  "rules": [{"host": "shop.example.com", "path": "/", "backend": "shop/web", "port": 80}],
 *                  "tls": [{"secretName": "shop-tls", "hosts": ["shop.example.com"]}]}],
 *   "policies": [
 *     {"namespace": "shop", "name": "default-deny", "kind": "DEFAULT_DENY", "deniesIngress": true, "deniesEgress": true},
 *     {"namespace": "shop", "name": "allow-web-to-api", "kind": "ALLOW",
 *      "from": {"pods": "app=web"}, "to": {"pods": "app=api"}, "ports": ["TCP 8080"]},
 *     {"namespace": "shop", "kind": "ALLOW", "from": {"namespace": "ingress-nginx"},
 *      "to": {"namespace": "kube-system", "pods": "k8s-app=kube-dns"}, "ports": ["UDP 53"]}]
 * }
 * }</pre>
 *
 * <p>Texts: ports are "TCP 443", "TCP 30000-32767", "UDP 53", "TCP all", "ICMP 3/4", "ICMP all",
 * "all"; rule peers are a CIDR, a role ("API endpoint", "workers", "pods", "public load
 * balancers", "internal load balancers"), "nsg &lt;name&gt;" or "Oracle Services Network"; route
 * targets are "internet gateway", "NAT gateway", "service gateway", "DRG" or "LPG &lt;name&gt;";
 * route destinations are a CIDR or "Oracle Services Network"; selectors are "k=v,k2=v2" ("" for
 * all pods). A name after "nsg " or "LPG " is taken exactly, spaces included. A flexible shape
 * gives {@code ocpus} (its {@code vnics} follow); a fixed one {@code vnics} (or neither, for the
 * shapes in the built-in table). A policy that is {@code DEFAULT_DENY} without directions denies
 * both; an {@code ALLOW} without a {@code name} is named as the DSL names it. Line breaks,
 * control characters and texts YAML could read as something else are written double-quoted.
 *
 * <pre>{@code
 * Files.writeString(Path.of("prod.yaml"), ModelIO.toYaml(prod));
 * OkeNetwork again = ModelIO.fromYaml(Files.readString(Path.of("prod.yaml")));
 * }</pre>
 */
public final class ModelIO {
  /** The longest document read or written, in characters (8 MiB): far above any network OCI's limits allow. */
  public static final int MAX_DOCUMENT_CHARS = Documents.MAX_DOCUMENT_CHARS;

  private ModelIO() {}

  /**
   * {@code network} as a JSON document.
   *
   * @throws IllegalArgumentException when {@code network} is null, or the document would be longer than {@link #MAX_DOCUMENT_CHARS}
   */
  public static String toJson(OkeNetwork network) {
    return Documents.JSON.write(Require.notNull(network, "ModelIO.toJson(network): network", "Give the network to write, e.g. OkeNetwork.builder()...build()."));
  }

  /**
   * The network a JSON document describes.
   *
   * @throws ModelFormatException naming the JSON path and the fix when the document is not a valid network (or is null)
   */
  public static OkeNetwork fromJson(String json) {
    return Documents.JSON.read(json);
  }

  /**
   * {@code network} as a YAML document.
   *
   * @throws IllegalArgumentException when {@code network} is null, or the document would be longer than {@link #MAX_DOCUMENT_CHARS}
   */
  public static String toYaml(OkeNetwork network) {
    return Documents.YAML.write(Require.notNull(network, "ModelIO.toYaml(network): network", "Give the network to write, e.g. OkeNetwork.builder()...build()."));
  }

  /**
   * The network a YAML document describes.
   *
   * @throws ModelFormatException naming the JSON path and the fix when the document is not a valid network (or is null)
   */
  public static OkeNetwork fromYaml(String yaml) {
    return Documents.YAML.read(yaml);
  }
}
