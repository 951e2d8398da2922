/**
 * Kubernetes intent: Services (ClusterIP, NodePort, LoadBalancer on an OCI LB or NLB), Ingress and
 * NetworkPolicy, as the network sees them.
 */
@OkeStyle
package dev.okenet.kube;

import dev.okenet.internal.OkeStyle;
