/**
 * Not for users: the simulated API server's admission, and the controllers that run against it
 * (nodes from FakeOci, the cloud controller manager, the scheduler and pod IP allocation,
 * Deployments), plus the NetworkPolicy and VCN rule evaluation.
 */
package dev.okenet.testkit.kube.internal;
