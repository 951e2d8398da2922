package dev.okenet.adopt;

import dev.okenet.internal.Require;
import dev.okenet.OkeNetwork;
import dev.okenet.check.Finding;
import dev.okenet.cluster.PolicyEngine;
import dev.okenet.kube.Ingress;
import dev.okenet.kube.NetworkPolicy;
import dev.okenet.kube.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import cannot read from OCI because it lives in the cluster: the Services, Ingresses and
 * NetworkPolicies, and the NetworkPolicy engine. Give them (from your manifests or an existing
 * model) so the audit checks load balancers and policies too.
 *
 * <pre>{@code
 * KubernetesFacts k8s = KubernetesFacts.none()
 *     .withServices(List.of(Service.loadBalancer("shop", "web").addPort(443, 8443).withNetworkLoadBalancer()))
 *     .withPolicyEngine(PolicyEngine.CALICO);
 * }</pre>
 *
 * @param services the Services
 * @param ingresses the Ingresses
 * @param policies the NetworkPolicies
 * @param policyEngine the engine that enforces them
 * @param poolBounds the cluster autoscaler's [minimum, maximum] per node pool name (OCI holds only
 *     the current size; a pool not named here is imported at its current size)
 * @param findings what reading Service manifests found ({@link #withServiceManifests}): Services the
 *     cloud controller manager would refuse (OKE-IMPORT-012); the import reports them with its own
 */
public record KubernetesFacts(List<Service> services, List<Ingress> ingresses, List<NetworkPolicy> policies, PolicyEngine policyEngine,
    Map<String, List<Integer>> poolBounds, List<Finding> findings) {
  /** Copies the collections and checks the bounds. */
  public KubernetesFacts {
    Require.components(KubernetesFacts.class, services, ingresses, policies, policyEngine, poolBounds, findings);
    services = List.copyOf(services);
    ingresses = List.copyOf(ingresses);
    policies = List.copyOf(policies);
    findings = List.copyOf(findings);
    poolBounds = Map.copyOf(poolBounds);
    poolBounds.forEach((pool, b) -> {
      if (b.size() != 2 || b.get(0) < 0 || b.get(1) < b.get(0)) {
        throw new IllegalArgumentException("Node pool '" + pool + "' bounds " + b + " are not [min, max] with 0 <= min <= max; "
            + "give e.g. List.of(3, 12).");
      }
    });
  }

  /** Facts with no findings. */
  public KubernetesFacts(List<Service> services, List<Ingress> ingresses, List<NetworkPolicy> policies, PolicyEngine policyEngine,
      Map<String, List<Integer>> poolBounds) {
    this(services, ingresses, policies, policyEngine, poolBounds, List.of());
  }

  /** Nothing known: no Services, Ingresses or policies, no engine, no autoscaler bounds. */
  public static KubernetesFacts none() {
    return new KubernetesFacts(List.of(), List.of(), List.of(), PolicyEngine.NONE, Map.of());
  }

  /** The Kubernetes side of {@code network}: Services, Ingresses, policies, engine and node pool bounds. */
  public static KubernetesFacts of(OkeNetwork network) {
    Require.notNull(network, "KubernetesFacts.of(network): network", "Give the network whose Kubernetes side to copy.");
    Map<String, List<Integer>> bounds = new LinkedHashMap<>();
    network.nodePools().forEach(p -> bounds.put(p.name(), List.of(p.minNodes(), p.maxNodes())));
    return new KubernetesFacts(network.services(), network.ingresses(), network.policies(), network.cluster().policyEngine(), bounds);
  }

  /** A copy with these Services. */
  public KubernetesFacts withServices(List<Service> list) {
    Require.notNull(list, "KubernetesFacts.withServices(list): list", "Give the Services, or List.of() for none.");
    return new KubernetesFacts(list, ingresses, policies, policyEngine, poolBounds, findings);
  }

  /**
   * A copy with the Services of {@code manifests} added, and what reading them found (Services the
   * cloud controller manager would refuse, OKE-IMPORT-012).
   *
   * <pre>{@code
   * KubernetesFacts.none().withServiceManifests(ServiceManifests.read(kubectlGetSvcYaml));
   * }</pre>
   */
  public KubernetesFacts withServiceManifests(ServiceManifests manifests) {
    Require.notNull(manifests, "KubernetesFacts.withServiceManifests(manifests): manifests", "Give ServiceManifests.read(yaml).");
    List<Service> all = new ArrayList<>(services);
    all.addAll(manifests.services());
    List<Finding> found = new ArrayList<>(findings);
    found.addAll(manifests.findings());
    return new KubernetesFacts(all, ingresses, policies, policyEngine, poolBounds, found);
  }

  /** A copy with this policy engine. */
  public KubernetesFacts withPolicyEngine(PolicyEngine engine) {
    Require.notNull(engine, "KubernetesFacts.withPolicyEngine(engine): engine", "Use PolicyEngine.NONE when none is installed.");
    return new KubernetesFacts(services, ingresses, policies, engine, poolBounds, findings);
  }

  /** A copy where node pool {@code name} scales between {@code min} and {@code max} nodes. */
  public KubernetesFacts withPoolBounds(String name, int min, int max) {
    Require.notNull(name, "KubernetesFacts.withPoolBounds(name, min, max): name", "Give the node pool's name, e.g. \"general\".");
    Map<String, List<Integer>> b = new LinkedHashMap<>(poolBounds);
    b.put(name, List.of(min, max));
    return new KubernetesFacts(services, ingresses, policies, policyEngine, b, findings);
  }
}
