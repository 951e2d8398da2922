/**
 * Reachability: "can A reach B on this port?", answered from the resolved network with a trace of
 * the routes, security rules, NetworkPolicies, Services and CNI behaviour that decided it.
 *
 * <p>Ask through {@code ResolvedNetwork.reachability()}: endpoints are a small closed vocabulary
 * ({@link dev.okenet.reach.Endpoint}), the answer a {@link dev.okenet.reach.Verdict} with ordered
 * {@link dev.okenet.reach.Hop}s and, for denials, a suggested fix. Audits list every flow the
 * internet can start into the VCN, and every source that can reach a set of pods.
 *
 * <pre>{@code
 * Reachability reach = ReferenceNetworks.prod().resolve().reachability();
 * Verdict v = reach.from(Endpoint.pods("shop", "app=web")).to(Endpoint.service("shop", "api")).on(Port.tcp(8080));
 * System.out.println(v.render());
 * }</pre>
 */
package dev.okenet.reach;
