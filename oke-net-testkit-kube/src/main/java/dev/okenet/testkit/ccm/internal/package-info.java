/**
 * Not for users: how the simulated cloud controller manager reads Services, finds nodes, provisions
 * load balancers, writes rules and evaluates flows against the security rules in FakeOci.
 */
package dev.okenet.testkit.ccm.internal;
