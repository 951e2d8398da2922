/**
 * Not for users: what the OCI cloud controller manager derives from a Service before it calls OCI,
 * written in Java from oracle/oci-cloud-controller-manager v1.35.0
 * ({@code pkg/cloudprovider/providers/oci/load_balancer_spec.go}, {@code load_balancer_util.go},
 * {@code load_balancer.go}). Each class names the functions whose behaviour it follows: parsing,
 * defaults, validation, clamping and the exact error text. Nothing here talks to OCI except
 * through {@link dev.okenet.testkit.ccm.internal.spec.SubnetLookup}.
 */
package dev.okenet.testkit.ccm.internal.spec;
