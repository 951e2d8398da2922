package dev.okenet.kube;

import dev.okenet.internal.Require;
import dev.okenet.vcn.Cidr;
import dev.okenet.vcn.internal.CidrArguments;
import java.util.Optional;

/**
 * One side of a NetworkPolicy allow rule: pods by selector (in the policy's namespace or another),
 * every pod of a namespace, or an IP block. A sealed interface of records, as Kubernetes'
 * {@code podSelector}, {@code namespaceSelector} and {@code ipBlock}.
 *
 * <pre>{@code
 * PolicyPeer.pods("app=web")                         // in the policy's namespace
 * PolicyPeer.pods("kube-system", "k8s-app=kube-dns")
 * PolicyPeer.namespace("ingress-nginx")
 * PolicyPeer.cidr("192.168.0.0/16")
 *
 * if (peer instanceof PolicyPeer.IpBlock b) { b.cidr(); }
 * }</pre>
 */
public sealed interface PolicyPeer permits PolicyPeer.Pods, PolicyPeer.Namespace, PolicyPeer.IpBlock {
  /** What kind of peer this is: for {@code switch} statements. */
  enum Kind {
    /** Pods matching a selector: {@link Pods}. */
    PODS,
    /** Every pod of a namespace: {@link Namespace}. */
    NAMESPACE,
    /** An IP block: {@link IpBlock}. */
    CIDR
  }

  /** CoreDNS as Kubernetes labels it. */
  Pods KUBE_DNS = pods("kube-system", "k8s-app=kube-dns");

  /** The kind. */
  Kind kind();

  /** The pod selector: the pods' for {@link Pods}, all for a namespace or an IP block. */
  Selector selector();

  /** The namespace in effect for a policy living in {@code policyNamespace} (an IP block's is the policy's). */
  String namespaceIn(String policyNamespace);

  /** Pods in the policy's own namespace matching {@code selector} ("" for all). */
  static Pods pods(String selector) {
    return new Pods(Optional.empty(), Selector.parse(selector));
  }

  /** Pods in {@code namespace} matching {@code selector}. */
  static Pods pods(String namespace, String selector) {
    return new Pods(Optional.of(Require.kubeName(namespace, "PolicyPeer.pods(namespace, selector) namespace")), Selector.parse(selector));
  }

  /** Every pod of the policy's own namespace. */
  static Pods allPods() {
    return pods("");
  }

  /** Every pod of {@code namespace}. */
  static Namespace namespace(String namespace) {
    return new Namespace(namespace);
  }

  /** An IP block. */
  static IpBlock cidr(String cidr) {
    return new IpBlock(CidrArguments.cidr(cidr, "PolicyPeer.cidr(cidr)"));
  }

  private static String policyNamespace(String policyNamespace) {
    return Require.notNull(policyNamespace, "PolicyPeer.namespaceIn(policyNamespace): policyNamespace", "Give the policy's namespace, e.g. \"shop\".");
  }

  /**
   * Pods matching a selector, in a namespace or (when empty) the policy's own.
   *
   * @param namespace the pods' namespace; empty for the policy's own
   * @param selector the pods' labels
   */
  record Pods(Optional<String> namespace, Selector selector) implements PolicyPeer {
    /** Checks both are given and the namespace is a Kubernetes name. */
    public Pods {
      Require.notNull(namespace, "PolicyPeer.Pods(namespace, selector): namespace", "Give Optional.empty() for the policy's own namespace.");
      namespace.ifPresent(n -> Require.kubeName(n, "PolicyPeer.pods(namespace, selector) namespace"));
      Require.notNull(selector, "PolicyPeer.Pods(namespace, selector): selector", "Give a selector, e.g. Selector.parse(\"app=web\").");
    }

    @Override
    public Kind kind() {
      return Kind.PODS;
    }

    @Override
    public String namespaceIn(String policyNamespace) {
      return namespace.orElse(policyNamespace(policyNamespace));
    }

    /** E.g. "pods app=web", "pods kube-system/k8s-app=kube-dns". */
    @Override
    public String toString() {
      return "pods " + namespace.map(n -> n + "/").orElse("") + selector;
    }
  }

  /**
   * Every pod of a namespace.
   *
   * @param namespace the namespace
   */
  record Namespace(String namespace) implements PolicyPeer {
    /** Checks the namespace is a Kubernetes name. */
    public Namespace {
      Require.kubeName(namespace, "PolicyPeer.namespace(namespace) namespace");
    }

    @Override
    public Kind kind() {
      return Kind.NAMESPACE;
    }

    @Override
    public Selector selector() {
      return Selector.all();
    }

    @Override
    public String namespaceIn(String policyNamespace) {
      policyNamespace(policyNamespace);
      return namespace;
    }

    /** E.g. "namespace ingress-nginx". */
    @Override
    public String toString() {
      return "namespace " + namespace;
    }
  }

  /**
   * An IP block.
   *
   * @param cidr the block
   */
  record IpBlock(Cidr cidr) implements PolicyPeer {
    /** Checks the block is given. */
    public IpBlock {
      Require.notNull(cidr, "PolicyPeer.IpBlock(cidr): cidr", "Give a block, e.g. Cidr.of(\"192.168.0.0/16\").");
    }

    @Override
    public Kind kind() {
      return Kind.CIDR;
    }

    @Override
    public Selector selector() {
      return Selector.all();
    }

    @Override
    public String namespaceIn(String policyNamespace) {
      return policyNamespace(policyNamespace);
    }

    /** The CIDR, e.g. "192.168.0.0/16". */
    @Override
    public String toString() {
      return cidr.toString();
    }
  }
}
