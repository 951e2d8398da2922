/**
 * The concrete network that {@code OkeNetwork.resolve()} derives from the intent: every subnet's
 * CIDR, every route table, every NSG or security list with the OKE-required rules, the cluster and
 * node pools, keyed by stable logical keys that the provider turns into ownership tags.
 *
 * <p>These are plain records: the library builds them, users read them.
 */
package dev.okenet.resolved;
