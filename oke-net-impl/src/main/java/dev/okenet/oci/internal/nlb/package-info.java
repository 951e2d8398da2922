/**
 * The standalone network load balancers the provider can put in front of ingress controllers
 * ({@code OciNetworkProvider.Builder#ingressLoadBalancers}).
 *
 * <pre>{@code
 * new Handlers(new IngressNlbHandler());
 * }</pre>
 */
package dev.okenet.oci.internal.nlb;
