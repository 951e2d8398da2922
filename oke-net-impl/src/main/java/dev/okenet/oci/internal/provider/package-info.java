/**
 * Not for users: the parts {@code OciNetworkProvider} delegates to — building the SDK clients, the
 * cloud a provider talks to (clients, retrying and paced calls, waits), planning one network or a
 * compartment's estate from one read, the network-only cluster requests, and diagnosis.
 */
package dev.okenet.oci.internal.provider;
