/**
 * Kubernetes manifests for a network's Kubernetes intent: Services (ClusterIP, NodePort,
 * LoadBalancer on an OCI LB or NLB, with every cloud controller manager annotation), Ingresses and
 * NetworkPolicies, as fabric8 kubernetes-model objects and as multi-document YAML.
 *
 * <pre>{@code
 * String yaml = Manifests.of(prod.resolve(), AppliedIds.of(ids)).toYaml();
 * }</pre>
 */
package dev.okenet.manifest;
