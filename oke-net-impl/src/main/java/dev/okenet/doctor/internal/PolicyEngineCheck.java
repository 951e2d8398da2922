package dev.okenet.doctor.internal;

import dev.okenet.check.Severity;
import dev.okenet.doctor.DoctorFinding;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code OKE-DOCTOR-020}: NetworkPolicies in a cluster where no policy engine runs. OKE enforces
 * none by itself (OCI-FACTS.md, NetworkPolicy; Oracle, "Example: Installing Calico and Setting Up
 * Network Policies"); an engine is Calico ({@code calico-node}, the DaemonSet of Calico's manifests
 * and of the Tigera operator) or Cilium ({@code cilium}), found by DaemonSet name or {@code k8s-app}
 * label in any namespace, or by a pod with that label (when DaemonSets cannot be listed). Each
 * ignored policy is a finding that says which pods it selects now and what it would block.
 *
 * <pre>{@code
 * List<DoctorFinding> found = new PolicyEngineCheck(kube).run();
 * }</pre>
 */
final class PolicyEngineCheck {
  /** The DaemonSet names and {@code k8s-app} labels of the engines OKE users run. */
  static final Set<String> ENGINES = Set.of("calico-node", "cilium");
  private static final int EXAMPLES = 5;

  private final KubeSnapshot kube;

  PolicyEngineCheck(KubeSnapshot kube) {
    this.kube = kube;
  }

  List<DoctorFinding> run() {
    if (kube.policies().isEmpty() || engine().isPresent()) {
      return List.of();
    }
    List<DoctorFinding> out = new ArrayList<>();
    for (NetworkPolicy p : kube.policies()) {
      out.add(finding(p));
    }
    return out;
  }

  /** The engine that runs, by what found it, e.g. "DaemonSet kube-system/calico-node". */
  Optional<String> engine() {
    for (DaemonSet d : kube.daemonSets()) {
      Map<String, String> labels = d.getMetadata().getLabels() == null ? Map.of() : d.getMetadata().getLabels();
      if (isEngine(d.getMetadata().getName()) || isEngine(labels.get("k8s-app"))) {
        return Optional.of("DaemonSet " + Quote.ref(d));
      }
    }
    for (Pod p : kube.pods()) {
      Map<String, String> labels = p.getMetadata().getLabels() == null ? Map.of() : p.getMetadata().getLabels();
      if (isEngine(labels.get("k8s-app"))) {
        return Optional.of("pod " + Quote.ref(p));
      }
    }
    return Optional.empty();
  }

  private static boolean isEngine(String name) {
    return name != null && ENGINES.contains(name);
  }

  private DoctorFinding finding(NetworkPolicy p) {
    PolicyEffect effect = PolicyEffect.of(p);
    List<Pod> selected = kube.pods().stream().filter(pod -> p.getMetadata().getNamespace().equals(pod.getMetadata().getNamespace()))
        .filter(pod -> effect.selects(pod.getMetadata().getLabels())).toList();
    List<String> evidence = new ArrayList<>();
    evidence.add("no DaemonSet or pod of Calico (calico-node) or Cilium (cilium) in any namespace: read "
        + kube.daemonSets().size() + " DaemonSets and " + kube.pods().size() + " pods");
    evidence.add("selects " + effect.selectorText() + " in namespace " + p.getMetadata().getNamespace() + ": " + (selected.isEmpty()
        ? "no pod now" : selected.size() + " pod" + (selected.size() == 1 ? "" : "s") + " now (" + String.join(", ",
            selected.subList(0, Math.min(EXAMPLES, selected.size())).stream().map(pod -> pod.getMetadata().getName()).toList())
            + (selected.size() > EXAMPLES ? ", …" : "") + ")"));
    effect.blocks().forEach(b -> evidence.add("would block " + b));
    String message = "NetworkPolicy " + Quote.ref(p) + " is accepted by the API server and enforced by nothing (no policy engine "
        + "runs in the cluster): nothing stops the " + effect.directions() + " it would block, for " + (selected.isEmpty()
        ? "every pod it will select." : "its " + selected.size() + " pod" + (selected.size() == 1 ? "" : "s") + " now.");
    String fix = "Install a policy engine: Calico in policy-only mode, as Oracle's \"Example: Installing Calico and Setting Up "
        + "Network Policies\" shows (kubectl apply -f the calico.yaml of your Calico version, or the Tigera operator), or Cilium; "
        + "in the DSL Cluster.enhanced(..).withPolicyEngine(PolicyEngine.CALICO). Until then this policy protects nothing: "
        + "kubectl delete networkpolicy -n " + p.getMetadata().getNamespace() + " " + p.getMetadata().getName()
        + " if nobody relies on it.";
    return new DoctorFinding(DoctorIds.POLICY_NOT_ENFORCED, Severity.ERROR, "NetworkPolicy " + Quote.ref(p), message, evidence, fix);
  }
}
