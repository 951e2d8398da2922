package dev.okenet.key;

import dev.okenet.internal.Require;
import dev.okenet.vcn.SubnetRole;
import java.util.Comparator;
import java.util.Optional;

/**
 * The logical key of one resource of a network: a sealed union of one record per kind, from the
 * intent through {@code ResolvedNetwork}, the provider's plan and the cloud's {@code okenet.key}
 * tag, and back in import and adoption. {@link #toString()} is the tag's text (the wire format,
 * kept stable across versions) and {@link #parse(String)} reads it back; nothing else builds or
 * takes a key apart.
 *
 * <pre>{@code
 * ResourceKey.subnet(SubnetRole.WORKERS);       // subnet:workers
 * ResourceKey.extraSubnet("bastion");           // subnet:extra:bastion
 * ResourceKey.nsg(SubnetRole.PODS);             // nsg:pods
 * ResourceKey.customNsg("bastion");             // nsg:custom:bastion
 * ResourceKey.routeTable(SubnetRole.WORKERS);  // route-table:workers
 * ResourceKey.parse("security-list:extra:db:monitoring")
 *     .equals(ResourceKey.securityList(ResourceKey.extraSubnet("db"), "monitoring"));   // true
 * ResourceKey.tryParse("not-a-key");            // Optional.empty()
 * }</pre>
 *
 * <p>The wire format, one form per record:
 *
 * <table>
 *   <caption>Logical keys as written into the okenet.key tag</caption>
 *   <tr><th>record</th><th>text</th></tr>
 *   <tr><td>{@link VcnKey}</td><td>{@code vcn}</td></tr>
 *   <tr><td>{@link RoleSubnetKey}</td><td>{@code subnet:<role>}, role one of api, workers, pods, lb-public, lb-internal</td></tr>
 *   <tr><td>{@link ExtraSubnetKey}</td><td>{@code subnet:extra:<name>}</td></tr>
 *   <tr><td>{@link RouteTableKey}</td><td>{@code route-table:<subnet>}, subnet {@code <role>} or {@code extra:<name>}</td></tr>
 *   <tr><td>{@link SecurityListKey}</td><td>{@code security-list:<subnet>}</td></tr>
 *   <tr><td>{@link NamedSecurityListKey}</td><td>{@code security-list:<subnet>:<name>}</td></tr>
 *   <tr><td>{@link DefaultSecurityListKey}</td><td>{@code default-security-list}</td></tr>
 *   <tr><td>{@link RoleNsgKey}</td><td>{@code nsg:<role>}</td></tr>
 *   <tr><td>{@link CustomNsgKey}</td><td>{@code nsg:custom:<name>}</td></tr>
 *   <tr><td>{@link InternetGatewayKey}, {@link NatGatewayKey}, {@link ServiceGatewayKey}</td><td>{@code igw}, {@code nat}, {@code sgw}</td></tr>
 *   <tr><td>{@link LocalPeeringGatewayKey}</td><td>{@code lpg:<name>}</td></tr>
 *   <tr><td>{@link DrgKey}, {@link DrgAttachmentKey}</td><td>{@code drg}, {@code drg-attachment:vcn}</td></tr>
 *   <tr><td>{@link RemotePeeringKey}</td><td>{@code rpc:<name>}</td></tr>
 *   <tr><td>{@link ClusterKey}, {@link NodePoolKey}</td><td>{@code cluster}, {@code node-pool:<name>}</td></tr>
 *   <tr><td>{@link IngressNlbKey}</td><td>{@code nlb:ingress:<namespace>/<name>}</td></tr>
 * </table>
 *
 * <p>Names are the model's names: non-blank, at most 64 characters, no ':' and no control
 * characters (the rule every name of the DSL follows), so every key has exactly one text and every
 * text at most one key.
 */
public sealed interface ResourceKey
    permits VcnKey, SubnetKey, RouteTableKey, RuleSetKey, RouteTargetKey, DrgAttachmentKey, RemotePeeringKey, ClusterKey,
    NodePoolKey, IngressNlbKey {

  /** Orders keys by their text, for stable listings. */
  Comparator<ResourceKey> BY_TEXT = Comparator.comparing(ResourceKey::toString);

  /**
   * The key's text, exactly as the {@code okenet.key} tag holds it, e.g. {@code "subnet:workers"}:
   * {@code ResourceKey.parse(k.toString()).equals(k)} for every key.
   */
  @Override
  String toString();

  /**
   * Reads a key from its text (an {@code okenet.key} tag, a plan's JSON).
   *
   * @throws IllegalArgumentException saying why and listing the forms, when {@code text} is no key
   *     oke-net writes (a foreign or corrupted tag)
   */
  static ResourceKey parse(String text) {
    Require.notNull(text, "ResourceKey.parse(text): text", "Give a logical key, e.g. \"subnet:workers\".");
    return KeyCodec.parse(text);
  }

  /** {@link #parse(String)}, with a refusal (and a null) as empty: for tags that may be anybody's. */
  static Optional<ResourceKey> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(KeyCodec.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The VCN: {@code vcn}. */
  static VcnKey vcn() {
    return VcnKey.INSTANCE;
  }

  /** The subnet of a role, e.g. {@code subnet:workers}; for an extra subnet use {@link #extraSubnet}. */
  static RoleSubnetKey subnet(SubnetRole role) {
    return new RoleSubnetKey(role);
  }

  /** An extra subnet by name: {@code subnet:extra:<name>}. */
  static ExtraSubnetKey extraSubnet(String name) {
    return new ExtraSubnetKey(name);
  }

  /** A subnet's route table: {@code route-table:workers}, {@code route-table:extra:bastion}. */
  static RouteTableKey routeTable(SubnetKey subnet) {
    return new RouteTableKey(subnet);
  }

  /** A role subnet's route table, e.g. {@code route-table:workers}. */
  static RouteTableKey routeTable(SubnetRole role) {
    return new RouteTableKey(subnet(role));
  }

  /** A subnet's own security list: {@code security-list:workers}, {@code security-list:extra:bastion}. */
  static SecurityListKey securityList(SubnetKey subnet) {
    return new SecurityListKey(subnet);
  }

  /** A role subnet's own security list (security-list mode), e.g. {@code security-list:workers}. */
  static SecurityListKey securityList(SubnetRole role) {
    return new SecurityListKey(subnet(role));
  }

  /** A named security list of a subnet: {@code security-list:extra:db:monitoring}. */
  static NamedSecurityListKey securityList(SubnetKey subnet, String name) {
    return new NamedSecurityListKey(subnet, name);
  }

  /** The VCN's default security list: {@code default-security-list}. */
  static DefaultSecurityListKey defaultSecurityList() {
    return DefaultSecurityListKey.INSTANCE;
  }

  /** The NSG of a role, e.g. {@code nsg:pods}. */
  static RoleNsgKey nsg(SubnetRole role) {
    return new RoleNsgKey(role);
  }

  /** An NSG of the model's {@code nsgs} by name: {@code nsg:custom:<name>}. */
  static CustomNsgKey customNsg(String name) {
    return new CustomNsgKey(name);
  }

  /** The internet gateway: {@code igw}. */
  static InternetGatewayKey internetGateway() {
    return InternetGatewayKey.INSTANCE;
  }

  /** The NAT gateway: {@code nat}. */
  static NatGatewayKey natGateway() {
    return NatGatewayKey.INSTANCE;
  }

  /** The service gateway: {@code sgw}. */
  static ServiceGatewayKey serviceGateway() {
    return ServiceGatewayKey.INSTANCE;
  }

  /** A local peering gateway by name: {@code lpg:<name>}. */
  static LocalPeeringGatewayKey localPeeringGateway(String name) {
    return new LocalPeeringGatewayKey(name);
  }

  /** The DRG: {@code drg}. */
  static DrgKey drg() {
    return DrgKey.INSTANCE;
  }

  /** The DRG's attachment to the VCN: {@code drg-attachment:vcn}. */
  static DrgAttachmentKey drgAttachment() {
    return DrgAttachmentKey.INSTANCE;
  }

  /** A remote peering connection of the DRG, by its attachment's name: {@code rpc:<name>}. */
  static RemotePeeringKey remotePeering(String name) {
    return new RemotePeeringKey(name);
  }

  /** The OKE cluster: {@code cluster}. */
  static ClusterKey cluster() {
    return ClusterKey.INSTANCE;
  }

  /** A node pool by name: {@code node-pool:<name>}. */
  static NodePoolKey nodePool(String name) {
    return new NodePoolKey(name);
  }

  /** The standalone NLB in front of an ingress controller Service: {@code nlb:ingress:<namespace>/<name>}. */
  static IngressNlbKey ingressNlb(String namespace, String name) {
    return new IngressNlbKey(namespace, name);
  }
}
