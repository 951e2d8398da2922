package dev.okenet.kube;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Port;
import java.util.Arrays;
import java.util.List;

/**
 * A NetworkPolicy intent in one namespace: a {@link DefaultDeny}, or an {@link Allow} from one
 * peer to another on some ports. A sealed interface of records, so a default deny cannot carry a
 * source and an allow cannot deny. Manifests render each allow as the Kubernetes objects it needs
 * (the ingress side on the destination pods, the egress side on the source pods); reachability
 * evaluates what those objects do.
 *
 * <p>As in Kubernetes, an allow isolates the pods it selects: once an allow's ingress side selects
 * the pods {@code app=api}, they admit only what some policy allows (see
 * {@link dev.okenet.reach.Reachability} and the "Isolation" section of Kubernetes' NetworkPolicy
 * concept page). Pair allows with a default deny of their namespace to make that explicit.
 *
 * <p>Only an enforcing engine (Calico, Cilium) makes these real: see
 * {@link dev.okenet.cluster.PolicyEngine}.
 *
 * <pre>{@code
 * NetworkPolicy.in("shop").defaultDeny();
 * NetworkPolicy.in("shop").allow(PolicyPeer.namespace("ingress-nginx")).to(PolicyPeer.pods("app=web")).on(Port.tcp(8443));
 * NetworkPolicy.in("shop").allow(PolicyPeer.pods("app=web")).to(PolicyPeer.pods("app=api")).on(Port.tcp(8080));
 * NetworkPolicy.in("shop").allowDnsEgress();
 *
 * if (policy instanceof NetworkPolicy.Allow a) { a.source(); }
 * }</pre>
 */
public sealed interface NetworkPolicy permits NetworkPolicy.DefaultDeny, NetworkPolicy.Allow {
  /** What the policy does: for {@code switch} statements. */
  enum Kind {
    /** Denies all traffic not allowed by another policy (ingress, egress or both): {@link DefaultDeny}. */
    DEFAULT_DENY,
    /** Allows traffic from a peer to a peer on some ports: {@link Allow}. */
    ALLOW
  }

  /** The namespace. */
  String namespace();

  /** The name, unique in the namespace. */
  String name();

  /** Deny or allow. */
  Kind kind();

  /** A copy with another name. */
  NetworkPolicy withName(String name);

  /** A readable one-liner, e.g. "shop/allow-web-to-api: allow pods app=web → pods app=api on TCP 8080". */
  String describe();

  /** Starts a policy in {@code namespace}. */
  static Start in(String namespace) {
    Require.kubeName(namespace, "NetworkPolicy namespace");
    return new Steps(namespace);
  }

  /**
   * Denies every pod of the namespace the traffic no other policy allows, for ingress, egress or
   * both.
   *
   * @param namespace the namespace
   * @param name the name
   * @param deniesIngress whether ingress is denied
   * @param deniesEgress whether egress is denied
   */
  record DefaultDeny(String namespace, String name, boolean deniesIngress, boolean deniesEgress) implements NetworkPolicy {
    /** Checks the names and that it denies something. */
    public DefaultDeny {
      Require.kubeName(namespace, "NetworkPolicy namespace");
      Require.kubeName(name, "NetworkPolicy name");
      if (!deniesIngress && !deniesEgress) {
        throw new IllegalArgumentException("NetworkPolicy " + namespace + "/" + name
            + " is a default deny that denies nothing. Use defaultDeny(), defaultDenyIngress() or defaultDenyEgress().");
      }
    }

    @Override
    public Kind kind() {
      return Kind.DEFAULT_DENY;
    }

    @Override
    public DefaultDeny withName(String name) {
      return new DefaultDeny(namespace, name, deniesIngress, deniesEgress);
    }

    @Override
    public String describe() {
      return namespace + "/" + name + ": default deny " + (deniesIngress && deniesEgress ? "ingress and egress" : deniesIngress ? "ingress" : "egress");
    }
  }

  /**
   * Allows traffic from {@code source} to {@code destination} on {@code ports}.
   *
   * @param namespace the namespace the policy lives in (peers without a namespace mean it)
   * @param name the name
   * @param source where traffic comes from
   * @param destination where it goes
   * @param ports the ports; empty means every port
   */
  record Allow(String namespace, String name, PolicyPeer source, PolicyPeer destination, List<Port> ports) implements NetworkPolicy {
    /** Checks every part is given. */
    public Allow {
      Require.kubeName(namespace, "NetworkPolicy namespace");
      Require.kubeName(name, "NetworkPolicy name");
      if (source == null || destination == null) {
        throw new IllegalArgumentException("NetworkPolicy " + namespace + "/" + name
            + " allows but names no source or destination. Use NetworkPolicy.in(ns).allow(from).to(to).on(port).");
      }
      Require.notNull(ports, "NetworkPolicy " + namespace + "/" + name + " ports", "Give the ports, or an empty list for every port.");
      ports = List.copyOf(Arrays.asList(Require.elements(ports.toArray(Port[]::new), "NetworkPolicy " + namespace + "/" + name, "ports",
          "Give ports, e.g. Port.tcp(8080), or none for every port.")));
    }

    @Override
    public Kind kind() {
      return Kind.ALLOW;
    }

    @Override
    public Allow withName(String name) {
      return new Allow(namespace, name, source, destination, ports);
    }

    @Override
    public String describe() {
      return namespace + "/" + name + ": allow " + source + " → " + destination + " on "
          + (ports.isEmpty() ? "any port" : ports.toString().replace("[", "").replace("]", ""));
    }
  }

  /** The first step: what kind of policy. */
  interface Start {
    /** Default deny for ingress and egress, named "default-deny". */
    DefaultDeny defaultDeny();

    /** Default deny for ingress only, named "default-deny-ingress". */
    DefaultDeny defaultDenyIngress();

    /** Default deny for egress only, named "default-deny-egress". */
    DefaultDeny defaultDenyEgress();

    /** Every pod may query kube-dns on UDP and TCP 53, named "allow-dns-egress". */
    Allow allowDnsEgress();

    /** An allow rule from {@code source}. */
    AllowFrom allow(PolicyPeer source);
  }

  /** The allow rule's destination. */
  interface AllowFrom {
    /** Traffic to {@code destination}. */
    AllowTo to(PolicyPeer destination);
  }

  /** The allow rule's ports. */
  interface AllowTo {
    /** On these ports; the policy is named after its peers, e.g. "allow-web-to-api". */
    Allow on(Port... ports);

    /** On every port. */
    Allow onAnyPort();
  }
}
