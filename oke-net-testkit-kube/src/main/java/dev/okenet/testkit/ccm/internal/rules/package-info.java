/**
 * Not for users: the security rules the CCM writes for a load balancer, written in Java from
 * oracle/oci-cloud-controller-manager v1.35.0 ({@code load_balancer_security_lists.go},
 * {@code load_balancer_network_security_group.go}): which rules a security list or an NSG keeps,
 * gains and loses when a Service's load balancer is ensured. Pure functions over the OCI SDK's
 * rule models; writing them to the cloud is {@code RuleWriter}'s job.
 */
package dev.okenet.testkit.ccm.internal.rules;
