package dev.okenet.kube;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Port;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A NetworkPolicy intent in one namespace: a default deny, or an allow from one peer to another on
 * some ports. Manifests render each allow as the Kubernetes objects it needs (the ingress side on
 * the destination pods, the egress side on the source pods); reachability evaluates the intent.
 *
 * <p>Only an enforcing engine (Calico, Cilium) makes these real: see
 * {@link dev.okenet.cluster.PolicyEngine}.
 *
 * <pre>{@code
 * NetworkPolicy.in("shop").defaultDeny();
 * NetworkPolicy.in("shop").allow(PolicyPeer.namespace("ingress-nginx")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443));
 * NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080));
 * NetworkPolicy.in("shop").allowDnsEgress();
 * }</pre>
 */
@Value.Immutable
public abstract class NetworkPolicy {
  /** What the policy does. */
  public enum Kind {
    /** Denies all traffic not allowed by another policy (ingress, egress or both). */
    DEFAULT_DENY,
    /** Allows traffic from a peer to a peer on some ports. */
    ALLOW
  }

  /** The namespace. */
  public abstract String namespace();

  /** The name, unique in the namespace. */
  public abstract String name();

  /** Deny or allow. */
  public abstract Kind kind();

  /** For {@link Kind#DEFAULT_DENY}: whether ingress is denied. */
  @Value.Default
  public boolean deniesIngress() {
    return false;
  }

  /** For {@link Kind#DEFAULT_DENY}: whether egress is denied. */
  @Value.Default
  public boolean deniesEgress() {
    return false;
  }

  /** For {@link Kind#ALLOW}: the source. */
  public abstract Optional<PolicyPeer> source();

  /** For {@link Kind#ALLOW}: the destination. */
  public abstract Optional<PolicyPeer> destination();

  /** For {@link Kind#ALLOW}: the ports; empty means every port. */
  public abstract List<Port> ports();

  /** Starts a policy in {@code namespace}. */
  public static Start in(String namespace) {
    Require.kubeName(namespace, "NetworkPolicy namespace");
    return new Steps(namespace);
  }

  /** A copy with another name. */
  public NetworkPolicy named(String name) {
    return ImmutableNetworkPolicy.builder().from(this).name(name).build();
  }

  /** A readable one-liner, e.g. "shop/allow-web-to-api: allow pods app=web → pods app=api on TCP 8080". */
  public String describe() {
    if (kind() == Kind.DEFAULT_DENY) {
      return namespace() + "/" + name() + ": default deny " + (deniesIngress() && deniesEgress() ? "ingress and egress" : deniesIngress() ? "ingress" : "egress");
    }
    return namespace() + "/" + name() + ": allow " + source().get() + " → " + destination().get() + " on "
        + (ports().isEmpty() ? "any port" : ports().toString().replace("[", "").replace("]", ""));
  }

  @Value.Check
  void check() {
    Require.kubeName(name(), "NetworkPolicy name");
    if (kind() == Kind.ALLOW && (source().isEmpty() || destination().isEmpty())) {
      throw new IllegalArgumentException("NetworkPolicy " + namespace() + "/" + name() + " allows but names no source or destination. Use NetworkPolicy.in(ns).allow(from).to(to).on(port).");
    }
    if (kind() == Kind.DEFAULT_DENY && !deniesIngress() && !deniesEgress()) {
      throw new IllegalArgumentException("NetworkPolicy " + namespace() + "/" + name() + " is a default deny that denies nothing. Use defaultDeny(), defaultDenyIngress() or defaultDenyEgress().");
    }
  }

  /** The first step: what kind of policy. */
  public interface Start {
    /** Default deny for ingress and egress, named "default-deny". */
    NetworkPolicy defaultDeny();

    /** Default deny for ingress only, named "default-deny-ingress". */
    NetworkPolicy defaultDenyIngress();

    /** Default deny for egress only, named "default-deny-egress". */
    NetworkPolicy defaultDenyEgress();

    /** Every pod may query kube-dns on UDP and TCP 53, named "allow-dns-egress". */
    NetworkPolicy allowDnsEgress();

    /** An allow rule from {@code source}. */
    AllowFrom allow(PolicyPeer source);
  }

  /** The allow rule's destination. */
  public interface AllowFrom {
    /** Traffic to {@code destination}. */
    AllowTo to(PolicyPeer destination);
  }

  /** The allow rule's ports. */
  public interface AllowTo {
    /** On these ports. */
    NetworkPolicy on(Port... ports);

    /** On every port. */
    NetworkPolicy onAnyPort();
  }

  private static final class Steps implements Start, AllowFrom, AllowTo {
    private final String namespace;
    private PolicyPeer source;
    private PolicyPeer destination;

    Steps(String namespace) {
      this.namespace = namespace;
    }

    private ImmutableNetworkPolicy.Builder base(String name, Kind kind) {
      return ImmutableNetworkPolicy.builder().namespace(namespace).name(name).kind(kind);
    }

    @Override
    public NetworkPolicy defaultDeny() {
      return base("default-deny", Kind.DEFAULT_DENY).deniesIngress(true).deniesEgress(true).build();
    }

    @Override
    public NetworkPolicy defaultDenyIngress() {
      return base("default-deny-ingress", Kind.DEFAULT_DENY).deniesIngress(true).build();
    }

    @Override
    public NetworkPolicy defaultDenyEgress() {
      return base("default-deny-egress", Kind.DEFAULT_DENY).deniesEgress(true).build();
    }

    @Override
    public NetworkPolicy allowDnsEgress() {
      return base("allow-dns-egress", Kind.ALLOW).source(PolicyPeer.allPods()).destination(PolicyPeer.KUBE_DNS)
          .addPorts(Port.udp(53), Port.tcp(53)).build();
    }

    @Override
    public AllowFrom allow(PolicyPeer from) {
      this.source = Require.notNull(from, "NetworkPolicy.in(..).allow(source): source", "Give a source, e.g. PolicyPeer.pods(\"app=web\").");
      return this;
    }

    @Override
    public AllowTo to(PolicyPeer to) {
      this.destination = Require.notNull(to, "NetworkPolicy.in(..).allow(..).to(destination): destination",
          "Give a destination, e.g. PolicyPeer.pods(\"app=api\").");
      return this;
    }

    @Override
    public NetworkPolicy on(Port... ports) {
      Require.elements(ports, "NetworkPolicy.in(..).allow(..).to(..).on(ports)", "ports", "Give ports, e.g. Port.tcp(8080), or use onAnyPort().");
      return base(defaultName(), Kind.ALLOW).source(source).destination(destination).addAllPorts(Arrays.asList(ports)).build();
    }

    @Override
    public NetworkPolicy onAnyPort() {
      return on();
    }

    private String defaultName() {
      String name = "allow-" + slug(source) + "-to-" + slug(destination);
      name = name.length() > 63 ? name.substring(0, 63) : name;
      return name.replaceAll("-+$", "");
    }

    private static String slug(PolicyPeer peer) {
      String raw;
      switch (peer.kind()) {
        case NAMESPACE:
          raw = "ns-" + peer.namespace().orElse("");
          break;
        case CIDR:
          raw = peer.cidr().map(Object::toString).orElse("cidr");
          break;
        default:
          raw = peer.selector().isAll() ? "all" : String.join("-", peer.selector().labels().values());
          raw = peer.namespace().map(ns -> ns + "-").orElse("") + raw;
      }
      return raw.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
  }
}
