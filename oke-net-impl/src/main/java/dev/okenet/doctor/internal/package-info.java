/**
 * How the cluster doctor reads a live cluster ({@code KubeSnapshot} through fabric8, {@code CloudSnapshot}
 * through the provider's reading stack) and judges it ({@code PodAddressCheck}, {@code PendingServiceCheck}
 * with {@code CcmMessage}, {@code PolicyEngineCheck}, {@code BackendRuleCheck} with {@code LiveFlows}).
 * Not for users.
 */
package dev.okenet.doctor.internal;
