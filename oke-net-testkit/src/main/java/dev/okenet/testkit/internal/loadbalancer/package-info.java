/** The in-memory OCI Load Balancer (layer 7) service behind the SDK's {@code LoadBalancer} interface. */
package dev.okenet.testkit.internal.loadbalancer;
