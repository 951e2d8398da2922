package dev.okenet.vcn;

import dev.okenet.Cidr;
import dev.okenet.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subnet, by visibility and size: give an explicit CIDR, or only a prefix length and let
 * {@code resolve()} carve it out of the VCN. Its role (workers, pods, ...) comes from where it is
 * placed in {@code OkeNetwork.builder()}; extra subnets carry a name.
 *
 * <pre>{@code
 * Subnet workers = Subnet.privateSubnet().prefixLength(22).build();
 * Subnet lb = Subnet.publicSubnet().cidr("10.0.40.0/24").dnsLabel("lb").build();
 * Subnet bastion = Subnet.publicSubnet().name("bastion").prefixLength(29)
 *     .build().allowFrom(Peer.ipv4("192.168.0.0/16"), Port.SSH);
 * }</pre>
 */
@Value.Immutable
public abstract class Subnet {

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

  /** A builder for a private subnet. */
  public static Builder privateSubnet() {
    return new Builder().isPublic(false);
  }

  /** A builder for a public subnet. */
  public static Builder publicSubnet() {
    return new Builder().isPublic(true);
  }

  /** A builder; choose {@link #privateSubnet()} or {@link #publicSubnet()} to start. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy that allows ingress from {@code source} on {@code port}: "allowing connections to this
   * subnet" rather than writing one-sided rules; {@code resolve()} writes the matching egress on
   * the source when it is a role or NSG of this network.
   */
  public Subnet allowFrom(Peer source, Port port) {
    Require.notNull(source, "Subnet.allowFrom(source, port): source", "Give a source, e.g. Peer.ipv4(\"192.168.0.0/16\").");
    return ImmutableSubnet.builder().from(this)
        .addExtraSecurityRule(SecurityRule.ingress(source, port).withDescription("allow from " + source + " " + port))
        .build();
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
    cidr().ifPresent(c -> Require.ipv4(c, "Subnet " + name().map(n -> "'" + n + "' ").orElse("") + "cidr"));
    prefixLength().ifPresent(p -> Require.between(p, 1, 30, "Subnet prefixLength"));
    name().ifPresent(n -> Require.keyName(n, "Subnet name", "\"bastion\""));
    java.util.Set<String> lists = new java.util.HashSet<>();
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

  /** Builds {@link Subnet}s; {@code cidr(String)} parses with helpful errors. */
  public static class Builder extends ImmutableSubnet.Builder {
    /** Sets an explicit CIDR, e.g. "10.0.16.0/22". */
    public Builder cidr(String cidr) {
      return (Builder) cidr(Require.cidr(cidr, "Subnet cidr"));
    }
  }
}
