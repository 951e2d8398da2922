package dev.okenet.doctor.internal;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a NetworkPolicy would do if an engine enforced it, in words, with the semantics of the
 * Kubernetes API reference ({@code networking.k8s.io/v1} {@code NetworkPolicySpec}): it isolates
 * the pods its {@code podSelector} selects in its namespace for each of its {@code policyTypes}
 * (Ingress by default, Egress too when it has egress rules), and then lets through only what one of
 * its rules allows — no rule at all is a default deny.
 *
 * <pre>{@code
 * PolicyEffect e = PolicyEffect.of(policy);
 * e.selects(Map.of("app", "api"));   // true
 * e.blocks();                         // ["ingress to them other than from pods app=web on TCP 8080"]
 * }</pre>
 */
final class PolicyEffect {
  private final NetworkPolicy policy;
  private final boolean ingress;
  private final boolean egress;

  private PolicyEffect(NetworkPolicy policy) {
    this.policy = policy;
    var spec = policy.getSpec();
    List<String> types = spec == null || spec.getPolicyTypes() == null ? List.of() : spec.getPolicyTypes();
    if (types.isEmpty()) {
      this.ingress = true;
      this.egress = spec != null && spec.getEgress() != null && !spec.getEgress().isEmpty();
    } else {
      this.ingress = types.contains("Ingress");
      this.egress = types.contains("Egress");
    }
  }

  static PolicyEffect of(NetworkPolicy policy) {
    return new PolicyEffect(policy);
  }

  /** Whether it selects a pod of its namespace with these labels. */
  boolean selects(Map<String, String> labels) {
    return matches(policy.getSpec() == null ? null : policy.getSpec().getPodSelector(), labels == null ? Map.of() : labels);
  }

  /** Its pod selector in words: "every pod" or "pods app=web". */
  String selectorText() {
    String s = selector(policy.getSpec() == null ? null : policy.getSpec().getPodSelector());
    return s.isEmpty() ? "every pod" : "pods " + s;
  }

  /** The directions it isolates: "ingress", "egress" or "ingress and egress". */
  String directions() {
    return ingress && egress ? "ingress and egress" : egress ? "egress" : "ingress";
  }

  /** What it would block, one line per direction. */
  List<String> blocks() {
    List<String> out = new ArrayList<>();
    var spec = policy.getSpec();
    if (ingress) {
      List<NetworkPolicyIngressRule> rules = spec == null || spec.getIngress() == null ? List.of() : spec.getIngress();
      List<String> allowed = rules.stream().map(r -> "from " + peers(r.getFrom()) + " on " + ports(r.getPorts())).toList();
      out.add(allowed.isEmpty() ? "all ingress to them" : "ingress to them other than " + String.join(" or ", allowed));
    }
    if (egress) {
      List<NetworkPolicyEgressRule> rules = spec == null || spec.getEgress() == null ? List.of() : spec.getEgress();
      List<String> allowed = rules.stream().map(r -> "to " + peers(r.getTo()) + " on " + ports(r.getPorts())).toList();
      out.add(allowed.isEmpty() ? "all egress from them" : "egress from them other than " + String.join(" or ", allowed));
    }
    return out;
  }

  private String peers(List<NetworkPolicyPeer> peers) {
    if (peers == null || peers.isEmpty()) {
      return "anywhere";
    }
    List<String> out = new ArrayList<>();
    for (NetworkPolicyPeer p : peers) {
      if (p.getIpBlock() != null) {
        List<String> except = p.getIpBlock().getExcept() == null ? List.of() : p.getIpBlock().getExcept();
        out.add(p.getIpBlock().getCidr() + (except.isEmpty() ? "" : " except " + String.join(", ", except)));
        continue;
      }
      String pods = p.getPodSelector() == null ? "" : selector(p.getPodSelector());
      String podText = p.getPodSelector() == null || pods.isEmpty() ? "pods" : "pods " + pods;
      if (p.getNamespaceSelector() == null) {
        out.add(podText + " of namespace " + policy.getMetadata().getNamespace());
      } else {
        String ns = selector(p.getNamespaceSelector());
        out.add(podText + " in " + (ns.isEmpty() ? "every namespace" : "namespaces " + ns));
      }
    }
    return String.join(", ", out);
  }

  private static String ports(List<NetworkPolicyPort> ports) {
    if (ports == null || ports.isEmpty()) {
      return "any port";
    }
    List<String> out = new ArrayList<>();
    for (NetworkPolicyPort p : ports) {
      String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
      if (p.getPort() == null) {
        out.add("every " + protocol + " port");
      } else if (p.getPort().getIntVal() != null) {
        out.add(protocol + " " + p.getPort().getIntVal() + (p.getEndPort() == null ? "" : "-" + p.getEndPort()));
      } else {
        out.add(protocol + " port named " + p.getPort().getStrVal());
      }
    }
    return String.join(", ", out);
  }

  /** A label selector in words (empty for the empty selector, which selects everything). */
  static String selector(LabelSelector s) {
    if (s == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (s.getMatchLabels() != null) {
      s.getMatchLabels().forEach((k, v) -> parts.add(k + "=" + v));
    }
    for (LabelSelectorRequirement r : s.getMatchExpressions() == null ? List.<LabelSelectorRequirement>of() : s.getMatchExpressions()) {
      List<String> values = r.getValues() == null ? List.of() : r.getValues();
      switch (String.valueOf(r.getOperator())) {
        case "In":
          parts.add(r.getKey() + " in (" + String.join(",", values) + ")");
          break;
        case "NotIn":
          parts.add(r.getKey() + " notin (" + String.join(",", values) + ")");
          break;
        case "Exists":
          parts.add(r.getKey());
          break;
        default:
          parts.add("!" + r.getKey());
      }
    }
    return String.join(",", parts);
  }

  /** Label selector semantics (meta/v1 {@code LabelSelector}): every matchLabel and every expression must hold. */
  static boolean matches(LabelSelector s, Map<String, String> labels) {
    if (s == null) {
      return true;
    }
    if (s.getMatchLabels() != null && !labels.entrySet().containsAll(s.getMatchLabels().entrySet())) {
      return false;
    }
    for (LabelSelectorRequirement r : s.getMatchExpressions() == null ? List.<LabelSelectorRequirement>of() : s.getMatchExpressions()) {
      List<String> values = r.getValues() == null ? List.of() : r.getValues();
      String v = labels.get(r.getKey());
      boolean ok = switch (String.valueOf(r.getOperator())) {
        case "In" -> v != null && values.contains(v);
        case "NotIn" -> v == null || !values.contains(v);
        case "Exists" -> v != null;
        case "DoesNotExist" -> v == null;
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
