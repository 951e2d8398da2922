/**
 * The concrete network that {@code OkeNetwork.resolve()} derives from the intent: every subnet's
 * CIDR, every route table, every NSG or security list with the OKE-required rules, the cluster and
 * node pools, keyed by stable logical keys that the provider turns into ownership tags.
 *
 * <p>These are immutable values: the library builds them (none has a public constructor, so a
 * part is always one {@code resolve()} made consistent with the rest), users read them. Each is
 * equal to another of its type when all its components are, and prints them.
 *
 * <pre>{@code
 * ResolvedNetwork net = ReferenceNetworks.prod().resolve();
 * ResolvedSubnet pods = net.subnet(SubnetRole.PODS).orElseThrow();
 * pods.cidr();   // 10.0.32.0/19
 * }</pre>
 */
package dev.okenet.resolved;
