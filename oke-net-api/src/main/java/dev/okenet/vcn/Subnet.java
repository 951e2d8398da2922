package dev.okenet.vcn;

import dev.okenet.internal.Lists;
import dev.okenet.internal.Require;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A subnet, by visibility and size: an explicit CIDR, or a prefix length that {@code resolve()}
 * carves out of the VCN. Its role (workers, pods, ...) comes from where it is placed in
 * {@code OkeNetwork.builder()}; extra subnets carry a name. An immutable value: factories give
 * one, {@code with*} methods change one attribute of a copy, {@code add*} methods add to a list.
 *
 * <pre>{@code
 * Subnet workers = Subnet.privateSubnet(22);
 * Subnet lb = Subnet.publicSubnet("10.0.40.0/24").withDnsLabel("lb");
 * Subnet bastion = Subnet.publicSubnet(29).withName("bastion")
 *     .allowFrom(Peer.ipv4("192.168.0.0/16"), Port.SSH);
 * Subnet theirs = Subnet.privateSubnet("10.0.8.0/22").withExistingId("ocid1.subnet.oc1.iad.aaaa…");
 * }</pre>
 *
 * <p>Without a size ({@link #privateSubnet()}), a subnet takes its role's default prefix length,
 * {@link SubnetRole#defaultPrefixLength()}.
 */
@Value.Immutable
public abstract class Subnet {
  /** The API endpoint subnet's default prefix length: a /28 (the endpoint needs one address; OCI's smallest subnet is a /30). */
  public static final int DEFAULT_API_ENDPOINT_PREFIX_LENGTH = 28;
  /** The workers subnet's default prefix length: a /22, 1,021 nodes. */
  public static final int DEFAULT_WORKERS_PREFIX_LENGTH = 22;
  /** The VCN-native pods subnet's default prefix length: a /19, 8,189 pod addresses (about 130 nodes of 60 pods). */
  public static final int DEFAULT_PODS_PREFIX_LENGTH = 19;
  /** The public load balancers subnet's default prefix length: a /24. */
  public static final int DEFAULT_PUBLIC_LOAD_BALANCERS_PREFIX_LENGTH = 24;
  /** An extra subnet's default prefix length: a /24. */
  public static final int DEFAULT_EXTRA_PREFIX_LENGTH = 24;
  /** The internal load balancers subnet's default prefix length: a /26. */
  public static final int DEFAULT_INTERNAL_LOAD_BALANCERS_PREFIX_LENGTH = 26;

  /** Whether resources in it may have public IPs (and reach an internet gateway). */
  public abstract boolean isPublic();

  /** An explicit CIDR; when empty, {@link #prefixLength()} (or the role's default) is carved. */
  public abstract Optional<Cidr> cidr();

  /** The prefix length to carve when no explicit CIDR is given. */
  public abstract Optional<Integer> prefixLength();

  /** The DNS label (alphanumeric, starts with a letter, at most 15 characters). */
  public abstract Optional<String> dnsLabel();

  /** The name of an extra subnet (required for extra subnets, ignored for roles). */
  public abstract Optional<String> name();

  /** The OCID of an existing subnet to use instead of creating one; it is read, never changed. */
  public abstract Optional<String> existingId();

  /** Route rules added to the generated ones of this subnet's route table. */
  public abstract List<RouteRule> extraRouteRules();

  /** Rules added to the rules generated for this subnet's role (ingress intents and more). */
  public abstract List<SecurityRule> extraSecurityRules();

  /** Custom security lists attached beside the generated one. */
  public abstract List<SecurityList> securityLists();

  /** A private subnet of its role's default size ({@link SubnetRole#defaultPrefixLength()}). */
  public static Subnet privateSubnet() {
    return ImmutableSubnet.builder().isPublic(false).build();
  }

  /** A private subnet of this prefix length, carved out of the VCN, e.g. {@code privateSubnet(22)}. */
  public static Subnet privateSubnet(int prefixLength) {
    return ImmutableSubnet.builder().isPublic(false).prefixLength(prefixLength).build();
  }

  /** A private subnet with this explicit CIDR, e.g. {@code privateSubnet("10.0.16.0/22")}. */
  public static Subnet privateSubnet(String cidr) {
    return privateSubnet(CidrArguments.cidr(cidr, "Subnet.privateSubnet(cidr)"));
  }

  /** A private subnet with this explicit CIDR. */
  public static Subnet privateSubnet(Cidr cidr) {
    Require.notNull(cidr, "Subnet.privateSubnet(cidr): cidr", "Give a block, e.g. Cidr.of(\"10.0.16.0/22\"), or a prefix length: Subnet.privateSubnet(22).");
    return ImmutableSubnet.builder().isPublic(false).cidr(cidr).build();
  }

  /** A public subnet of its role's default size ({@link SubnetRole#defaultPrefixLength()}). */
  public static Subnet publicSubnet() {
    return ImmutableSubnet.builder().isPublic(true).build();
  }

  /** A public subnet of this prefix length, carved out of the VCN, e.g. {@code publicSubnet(24)}. */
  public static Subnet publicSubnet(int prefixLength) {
    return ImmutableSubnet.builder().isPublic(true).prefixLength(prefixLength).build();
  }

  /** A public subnet with this explicit CIDR, e.g. {@code publicSubnet("10.0.40.0/24")}. */
  public static Subnet publicSubnet(String cidr) {
    return publicSubnet(CidrArguments.cidr(cidr, "Subnet.publicSubnet(cidr)"));
  }

  /** A public subnet with this explicit CIDR. */
  public static Subnet publicSubnet(Cidr cidr) {
    Require.notNull(cidr, "Subnet.publicSubnet(cidr): cidr", "Give a block, e.g. Cidr.of(\"10.0.40.0/24\"), or a prefix length: Subnet.publicSubnet(24).");
    return ImmutableSubnet.builder().isPublic(true).cidr(cidr).build();
  }

  /** A copy with this name: required for an extra subnet, where it is the subnet's logical key ("bastion"). */
  public abstract Subnet withName(String name);

  /** A copy with this DNS label (the VCN needs one too). */
  public abstract Subnet withDnsLabel(String dnsLabel);

  /**
   * A copy that stands for the existing subnet of this OCID: it is read and attached to, never
   * created or changed. Give the subnet's real CIDR (so carving and checks see it).
   */
  public abstract Subnet withExistingId(String existingId);

  /** A copy with one more route rule beside the generated ones of its route table. */
  public Subnet addRouteRule(RouteRule rule) {
    Require.notNull(rule, "Subnet.addRouteRule(rule): rule", "Give a rule, e.g. RouteRule.to(\"192.168.0.0/16\", RouteTarget.drg()).");
    return ((ImmutableSubnet) ImmutableSubnet.copyOf(this)).withExtraRouteRules(Lists.plus(extraRouteRules(), rule));
  }

  /** A copy with one more security rule beside the generated ones of its role. */
  public Subnet addSecurityRule(SecurityRule rule) {
    Require.notNull(rule, "Subnet.addSecurityRule(rule): rule", "Give a rule, e.g. SecurityRule.ingress(Peer.ipv4(\"10.20.0.0/16\"), Port.tcp(9100)).");
    return ((ImmutableSubnet) ImmutableSubnet.copyOf(this)).withExtraSecurityRules(Lists.plus(extraSecurityRules(), rule));
  }

  /** A copy with one more custom security list attached. */
  public Subnet addSecurityList(SecurityList list) {
    Require.notNull(list, "Subnet.addSecurityList(list): list", "Give a list, e.g. SecurityList.named(\"monitoring\").");
    return ((ImmutableSubnet) ImmutableSubnet.copyOf(this)).withSecurityLists(Lists.plus(securityLists(), list));
  }

  /**
   * A copy that allows ingress from {@code source} on {@code port}: "allowing connections to this
   * subnet" rather than writing one-sided rules; {@code resolve()} writes the matching egress on
   * the source when it is a role or NSG of this network.
   */
  public Subnet allowFrom(Peer source, Port port) {
    Require.notNull(source, "Subnet.allowFrom(source, port): source", "Give a source, e.g. Peer.ipv4(\"192.168.0.0/16\").");
    return addSecurityRule(SecurityRule.ingress(source, port).withDescription("allow from " + source + " " + port));
  }

  /** The CIDR if explicit, otherwise "/prefix". */
  public String sizeText() {
    return cidr().map(Cidr::toString).orElseGet(() -> prefixLength().map(p -> "/" + p).orElse("(default size)"));
  }

  @Value.Check
  void check() {
    if (cidr().isPresent() && prefixLength().isPresent()) {
      throw new IllegalArgumentException(
          "Subnet " + name().orElse("") + " has both cidr " + cidr().get() + " and prefixLength /"
              + prefixLength().get() + ". Supply at most one of cidr or prefixLength.");
    }
    cidr().ifPresent(c -> CidrArguments.ipv4(c, "Subnet " + name().map(n -> "'" + n + "' ").orElse("") + "cidr"));
    prefixLength().ifPresent(p -> Require.between(p, 1, 30, "Subnet prefixLength"));
    name().ifPresent(n -> Require.keyName(n, "Subnet name", "\"bastion\""));
    Set<String> lists = new HashSet<>();
    for (SecurityList l : securityLists()) {
      if (!lists.add(l.name())) {
        throw new IllegalArgumentException("Subnet " + name().map(n -> "'" + n + "' ").orElse("") + "has two security lists named '"
            + l.name() + "'. The name is the list's logical key on the subnet, so the two would be one list in OCI and the "
            + "subnet would never converge. Give each list its own name, or merge their rules into one list.");
      }
    }
    dnsLabel().ifPresent(l -> Require.nonBlank(l, "Subnet dnsLabel", "\"workers\""));
    existingId().ifPresent(id -> Require.ocid(id, "Subnet existingId", "subnet"));
  }
}
