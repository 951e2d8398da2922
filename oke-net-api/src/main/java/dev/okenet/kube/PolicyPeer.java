package dev.okenet.kube;

import dev.okenet.internal.Require;
import dev.okenet.Cidr;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a NetworkPolicy allow rule: pods by selector (in the policy's namespace or
 * another), every pod of a namespace, or a CIDR block.
 *
 * <pre>{@code
 * PolicyPeer.pods("app=web")                         // in the policy's namespace
 * PolicyPeer.pods("kube-system", "k8s-app=kube-dns")
 * PolicyPeer.namespace("ingress-nginx")
 * PolicyPeer.cidr("192.168.0.0/16")
 * }</pre>
 */
public final class PolicyPeer {
  /** What kind of peer this is. */
  public enum Kind {
    /** Pods matching a selector. */
    PODS,
    /** Every pod of a namespace. */
    NAMESPACE,
    /** An IP block. */
    CIDR
  }

  /** CoreDNS as Kubernetes labels it. */
  public static final PolicyPeer KUBE_DNS = pods("kube-system", "k8s-app=kube-dns");

  private final Kind kind;
  private final String namespace;
  private final Selector selector;
  private final Cidr cidr;

  private PolicyPeer(Kind kind, String namespace, Selector selector, Cidr cidr) {
    this.kind = kind;
    this.namespace = namespace;
    this.selector = selector;
    this.cidr = cidr;
  }

  /** Pods in the policy's own namespace matching {@code selector} ("" for all). */
  public static PolicyPeer pods(String selector) {
    return new PolicyPeer(Kind.PODS, null, Selector.parse(selector), null);
  }

  /** Pods in {@code namespace} matching {@code selector}. */
  public static PolicyPeer pods(String namespace, String selector) {
    return new PolicyPeer(Kind.PODS, Require.kubeName(namespace, "PolicyPeer.pods(namespace, selector) namespace"), Selector.parse(selector), null);
  }

  /** Every pod of the policy's own namespace. */
  public static PolicyPeer allPods() {
    return pods("");
  }

  /** Every pod of {@code namespace}. */
  public static PolicyPeer namespace(String namespace) {
    return new PolicyPeer(Kind.NAMESPACE, Require.kubeName(namespace, "PolicyPeer.namespace(namespace) namespace"), Selector.all(), null);
  }

  /** An IP block. */
  public static PolicyPeer cidr(String cidr) {
    return new PolicyPeer(Kind.CIDR, null, Selector.all(), Require.cidr(cidr, "PolicyPeer.cidr(cidr)"));
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The namespace, when given (empty means the policy's own). */
  public Optional<String> namespace() {
    return Optional.ofNullable(namespace);
  }

  /** The pod selector (all for namespaces and CIDRs). */
  public Selector selector() {
    return selector;
  }

  /** The CIDR, for {@link Kind#CIDR}. */
  public Optional<Cidr> cidr() {
    return Optional.ofNullable(cidr);
  }

  /** The namespace in effect for a policy living in {@code policyNamespace}. */
  public String namespaceIn(String policyNamespace) {
    Require.notNull(policyNamespace, "PolicyPeer.namespaceIn(policyNamespace): policyNamespace", "Give the policy's namespace, e.g. \"shop\".");
    return namespace != null ? namespace : policyNamespace;
  }

  /** E.g. "pods app=web", "namespace ingress-nginx", "192.168.0.0/16". */
  @Override
  public String toString() {
    switch (kind) {
      case PODS:
        return "pods " + (namespace == null ? "" : namespace + "/") + selector;
      case NAMESPACE:
        return "namespace " + namespace;
      default:
        return cidr.toString();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PolicyPeer)) {
      return false;
    }
    PolicyPeer p = (PolicyPeer) o;
    return kind == p.kind && Objects.equals(namespace, p.namespace) && selector.equals(p.selector) && Objects.equals(cidr, p.cidr);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, namespace, selector, cidr);
  }
}
