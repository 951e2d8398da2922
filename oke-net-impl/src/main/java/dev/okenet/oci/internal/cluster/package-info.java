/**
 * Not for users: the OKE cluster and node pools — mapping to {@code CreateClusterDetails} and
 * {@code CreateNodePoolDetails} and waiting on OKE work requests.
 */
package dev.okenet.oci.internal.cluster;
